import { errorMessage, isAbort, request } from '../api/client';
import { NeighborhoodDocument, type NeighborhoodQuery } from '../api/generated';
import type { AppState, AppStore } from '../state/appState';
import { selectElements } from '../state/appTransitions';
import { clearGraph, collapseNode, mergeNeighborhood, removeNodes, togglePins, undoLast } from '../state/graph/index';
import { pruneSelection } from '../state/selection/index';
import { on } from '../state/store';
import { failRequest, finishRequest, startRequest } from '../state/status/index';

/** Neighbours loaded per expand; "load more" doubles it, up to the API's maximum. */
export const NEIGHBOUR_LIMIT = 200;
const MAX_LIMIT = 5000;

let inFlight: AbortController | null = null;

/** Runs one graph request with the loading state, the error state and its retry; a newer request aborts an older one. */
async function runGraphRequest(store: AppStore, what: string, send: (signal: AbortSignal) => Promise<void>): Promise<void> {
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  store.update(on('request', startRequest(what)));
  try {
    await send(controller.signal);
    if (inFlight === controller) store.update(on('request', finishRequest()));
  } catch (error) {
    if (isAbort(error)) return;
    store.update(on('request', failRequest(what, errorMessage(error), () => void runGraphRequest(store, what, send))));
  } finally {
    if (inFlight === controller) inFlight = null;
  }
}

// The time window is not sent: the graph keeps every relation and the window only fades what has no evidence inside it
// (web/src/timeline/windowFadeController.ts), so widening the window or playing it brings edges back without a reload.
function fetchNeighborhood(_state: AppState, ids: readonly string[], limit: number, signal: AbortSignal): Promise<NeighborhoodQuery> {
  return request(NeighborhoodDocument, { ids: [...ids], depth: 1, limit }, signal);
}

/** Adds one entity and its neighbourhood to the view (a search pick) and selects it; "Clear" starts over. */
export function openEntity(store: AppStore, id: string): Promise<void> {
  return runGraphRequest(store, 'Loading the neighbourhood', async (signal) => {
    const data = await fetchNeighborhood(store.get(), [id], NEIGHBOUR_LIMIT, signal);
    store.update(on('graph', mergeNeighborhood({ graph: data.neighborhood, anchorIds: [id], limit: NEIGHBOUR_LIMIT })));
    store.update(selectElements([id]));
  });
}

/** Loads the neighbourhood of nodes already in the graph and adds it around them. */
export function expandNodes(store: AppStore, ids: readonly string[]): Promise<void> {
  const wanted = ids.slice(0, 50);
  if (wanted.length === 0) return Promise.resolve();
  return runGraphRequest(store, wanted.length === 1 ? 'Expanding' : `Expanding ${wanted.length} nodes`, async (signal) => {
    const data = await fetchNeighborhood(store.get(), wanted, NEIGHBOUR_LIMIT, signal);
    store.update(on('graph', mergeNeighborhood({ graph: data.neighborhood, anchorIds: wanted, limit: NEIGHBOUR_LIMIT })));
  });
}

/** Loads more of the last truncated neighbourhood (twice as many). */
export function loadMore(store: AppStore): Promise<void> {
  const truncation = store.get().graph.truncation;
  if (!truncation) return Promise.resolve();
  const limit = Math.min(MAX_LIMIT, truncation.limit * 2);
  return runGraphRequest(store, 'Loading more neighbours', async (signal) => {
    const data = await fetchNeighborhood(store.get(), truncation.anchorIds, limit, signal);
    store.update(on('graph', mergeNeighborhood({ graph: data.neighborhood, anchorIds: truncation.anchorIds, limit })));
  });
}

/** Rebuilds a view from a link: the expanded nodes' neighbourhoods, then the selection. */
export function restoreView(store: AppStore, view: { expanded: readonly string[]; selected: readonly string[] }): Promise<void> {
  const expanded = view.expanded.slice(0, 50);
  if (expanded.length === 0) {
    store.update(on('graph', clearGraph()));
    store.update(selectElements([]));
    return Promise.resolve();
  }
  return runGraphRequest(store, 'Restoring the linked view', async (signal) => {
    const data = await fetchNeighborhood(store.get(), expanded, NEIGHBOUR_LIMIT * Math.min(expanded.length, 5), signal);
    store.update(on('graph', clearGraph()));
    store.update(on('graph', mergeNeighborhood({ graph: data.neighborhood, anchorIds: expanded, limit: NEIGHBOUR_LIMIT })));
    const graph = store.get().graph;
    store.update(selectElements(view.selected.filter((id) => graph.nodes[id]), view.selected.filter((id) => graph.edges[id])));
  });
}

function afterRemoval(store: AppStore): void {
  const graph = store.get().graph;
  store.update(on('selection', pruneSelection((id) => Boolean(graph.nodes[id]), (id) => Boolean(graph.edges[id]))));
  const { selection } = store.get();
  store.update(selectElements(selection.nodes, selection.edges));
}

/** Removes nodes from the view (undoable). */
export function removeFromView(store: AppStore, ids: readonly string[]): void {
  store.update(on('graph', removeNodes(ids)));
  afterRemoval(store);
}

/** Collapses a node: its neighbours that hang on it alone leave the view (undoable). */
export function collapse(store: AppStore, id: string): void {
  store.update(on('graph', collapseNode(id)));
  afterRemoval(store);
}

/** Undoes the last expand, remove or collapse. */
export function undo(store: AppStore): void {
  store.update(on('graph', undoLast()));
  afterRemoval(store);
}

/** Empties the view (undoable). */
export function clearView(store: AppStore): void {
  store.update(on('graph', clearGraph('clear')));
  afterRemoval(store);
}

/** Pins or unpins nodes. */
export function pin(store: AppStore, ids: readonly string[]): void {
  store.update(on('graph', togglePins(ids)));
}
