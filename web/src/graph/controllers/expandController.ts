import type { Core, EventObject } from 'cytoscape';
import { expandNodes } from '../../actions/graphActions';
import type { AppStore } from '../../state/appState';

/** Double-click (or double-tap) on a node loads its neighbourhood around it. */
export function bindExpandController(cy: Core, store: AppStore): () => void {
  const onDouble = (event: EventObject): void => void expandNodes(store, [event.target.id() as string]);
  cy.on('dbltap', 'node', onDouble);
  return () => cy.off('dbltap', 'node', onDouble);
}
