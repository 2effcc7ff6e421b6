import type { Transition } from '../store';
import type { SelectionState } from './types';

export type * from './types';

/** Nothing selected. */
export const emptySelection: SelectionState = { nodes: [], edges: [] };

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Selects exactly these nodes and edges (duplicates dropped, order kept). */
export function selectOnly(nodes: readonly string[], edges: readonly string[] = []): Transition<SelectionState> {
  return (state) => {
    const next = { nodes: [...new Set(nodes)], edges: [...new Set(edges)] };
    return same(next.nodes, state.nodes) && same(next.edges, state.edges) ? state : next;
  };
}

/** Adds a node to the selection, or removes it when it is already selected. */
export function toggleNode(id: string): Transition<SelectionState> {
  return (state) => ({ ...state, nodes: state.nodes.includes(id) ? state.nodes.filter((n) => n !== id) : [...state.nodes, id] });
}

/** Clears the selection. */
export function clearSelection(): Transition<SelectionState> {
  return (state) => (state.nodes.length === 0 && state.edges.length === 0 ? state : emptySelection);
}

/** Drops selected ids that are no longer in the graph. */
export function pruneSelection(hasNode: (id: string) => boolean, hasEdge: (id: string) => boolean): Transition<SelectionState> {
  return (state) => {
    const nodes = state.nodes.filter(hasNode);
    const edges = state.edges.filter(hasEdge);
    return nodes.length === state.nodes.length && edges.length === state.edges.length ? state : { nodes, edges };
  };
}
