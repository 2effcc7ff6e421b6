import { request } from '../api/client';
import { NeighborhoodDocument } from '../api/generated';
import type { AppStore } from '../state/appState';
import { selectElements } from '../state/appTransitions';
import { mergePath } from '../state/graph/index';
import { on } from '../state/store';
import { selectOnly } from '../state/selection/index';
import { showPanel } from '../state/view/index';

/**
 * Selects an entity in the graph (a click on a name in a panel or an article). When it is not drawn yet, it joins the graph
 * with its edges to the nodes already there: the neighbourhood of it plus those nodes, cut to exactly them. Keeps the
 * current panel when `keepPanel` (the article view stays open).
 */
export async function focusEntity(store: AppStore, id: string, keepPanel = false): Promise<void> {
  if (!store.get().graph.nodes[id]) {
    const others = Object.keys(store.get().graph.nodes).slice(0, 49);
    const data = await request(NeighborhoodDocument, { ids: [id, ...others], depth: 1, limit: others.length + 1 });
    const wanted = new Set([id, ...others]);
    const nodes = data.neighborhood.nodes.filter((n) => wanted.has(n.id));
    store.update(on('graph', mergePath({ ...data.neighborhood, nodes, edges: data.neighborhood.edges.filter((e) => wanted.has(e.source) && wanted.has(e.target)) })));
  }
  // In the article view only the selection changes, so the article stays where the reader is.
  if (keepPanel) store.update(on('selection', selectOnly([id])));
  else store.update(selectElements([id]));
}

/** Opens the article view, scrolled to a sentence when `focus` is given. */
export function openArticle(store: AppStore, id: string, focus: { start: number; end: number } | null = null): void {
  store.update(on('view', showPanel({ kind: 'article', id, focus })));
}
