import type { Core } from 'cytoscape';
import type { AppStore } from '../../state/appState';
import { selectElements } from '../../state/appTransitions';

/**
 * Binds Cytoscape's selection (click, Shift+click, Shift+drag box selection) to the store. Events are gathered for one
 * frame so a box selection of 300 nodes is one store change; the view's own syncing is ignored via `isSyncing`.
 */
export function bindSelectionController(cy: Core, store: AppStore, isSyncing: () => boolean): () => void {
  let pending = false;
  const flush = (): void => {
    pending = false;
    const { selection } = store.get();
    const selectedNodes = new Set(cy.nodes(':selected').map((n) => n.id()));
    const selectedEdges = new Set(cy.edges(':selected').map((e) => e.id()));
    // Keep the order things were selected in (the last one drives the details panel).
    const nodes = [...selection.nodes.filter((id) => selectedNodes.has(id)), ...[...selectedNodes].filter((id) => !selection.nodes.includes(id))];
    const edges = [...selection.edges.filter((id) => selectedEdges.has(id)), ...[...selectedEdges].filter((id) => !selection.edges.includes(id))];
    store.update(selectElements(nodes, edges));
  };
  const onChange = (): void => {
    if (isSyncing() || pending) return;
    pending = true;
    requestAnimationFrame(flush);
  };
  cy.on('select unselect', onChange);
  return () => cy.off('select unselect', onChange);
}
