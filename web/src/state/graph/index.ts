import type { Transition } from '../store';
import type { EdgeData, GraphContent, GraphPayload, GraphState, NodeData } from './types';

export type * from './types';

/** The empty graph. */
export const emptyGraph: GraphState = { nodes: {}, edges: {}, expanded: [], pinned: [], truncation: null, lastAdded: null, undo: null };

function contentOf(state: GraphState): GraphContent {
  const { nodes, edges, expanded, pinned, truncation } = state;
  return { nodes, edges, expanded, pinned, truncation };
}

/**
 * Adds a neighbourhood loaded around `anchorIds`: new nodes and edges join, known ones get the fresh data, the anchors
 * count as expanded, and the previous content becomes the undo step. `limit` is what was asked for (for "load more").
 */
export function mergeNeighborhood(args: { graph: GraphPayload; anchorIds: readonly string[]; limit: number; label?: string }): Transition<GraphState> {
  return (state) => {
    const nodes: Record<string, NodeData> = { ...state.nodes };
    const added: string[] = [];
    for (const node of args.graph.nodes) {
      if (!nodes[node.id]) added.push(node.id);
      nodes[node.id] = node;
    }
    const edges: Record<string, EdgeData> = { ...state.edges };
    for (const edge of args.graph.edges) if (nodes[edge.source] && nodes[edge.target]) edges[edge.id] = edge;
    const expanded = [...state.expanded];
    for (const id of args.anchorIds) if (nodes[id] && !expanded.includes(id)) expanded.push(id);
    const neighbours = Math.max(0, args.graph.nodes.length - args.anchorIds.length);
    const truncation = args.graph.truncated
      ? { anchorIds: [...args.anchorIds], shown: neighbours, total: Math.max(neighbours, args.graph.total - args.anchorIds.length), limit: args.limit }
      : null;
    return {
      nodes,
      edges,
      expanded,
      pinned: state.pinned,
      truncation,
      lastAdded: { anchorIds: [...args.anchorIds], nodeIds: added },
      undo: { label: args.label ?? 'expand', content: contentOf(state) },
    };
  };
}

/** Removes nodes and their edges (and them from expanded, pinned); the previous content becomes the undo step. */
export function removeNodes(ids: readonly string[], label = 'remove'): Transition<GraphState> {
  return (state) => {
    const gone = new Set(ids.filter((id) => state.nodes[id]));
    if (gone.size === 0) return state;
    const nodes: Record<string, NodeData> = {};
    for (const [id, node] of Object.entries(state.nodes)) if (!gone.has(id)) nodes[id] = node;
    const edges: Record<string, EdgeData> = {};
    for (const [id, edge] of Object.entries(state.edges)) if (!gone.has(edge.source) && !gone.has(edge.target)) edges[id] = edge;
    const truncation = state.truncation && state.truncation.anchorIds.every((id) => nodes[id]) ? state.truncation : null;
    return {
      nodes,
      edges,
      expanded: state.expanded.filter((id) => !gone.has(id)),
      pinned: state.pinned.filter((id) => !gone.has(id)),
      truncation,
      lastAdded: null,
      undo: { label, content: contentOf(state) },
    };
  };
}

/** Nodes that collapsing `id` would remove: its neighbours that touch nothing else, are not expanded and not pinned. */
export function collapsibleNeighbours(state: GraphContent, id: string): string[] {
  const degree = new Map<string, Set<string>>();
  for (const edge of Object.values(state.edges)) {
    if (!degree.has(edge.source)) degree.set(edge.source, new Set());
    if (!degree.has(edge.target)) degree.set(edge.target, new Set());
    degree.get(edge.source)?.add(edge.target);
    degree.get(edge.target)?.add(edge.source);
  }
  const neighbours = degree.get(id) ?? new Set<string>();
  return [...neighbours].filter((n) => {
    if (state.expanded.includes(n) || state.pinned.includes(n)) return false;
    const others = degree.get(n) ?? new Set<string>();
    return [...others].every((o) => o === id);
  });
}

/** Collapses a node: removes the neighbours only it holds and marks it not expanded; undoable like a remove. */
export function collapseNode(id: string): Transition<GraphState> {
  return (state) => {
    if (!state.nodes[id]) return state;
    const removed = removeNodes(collapsibleNeighbours(state, id), 'collapse')(state);
    const base = removed === state ? { ...state, lastAdded: null, undo: { label: 'collapse', content: contentOf(state) } } : removed;
    return { ...base, expanded: base.expanded.filter((e) => e !== id) };
  };
}

/** Restores the content before the last expand, remove or collapse; a no-op when there is nothing to undo. */
export function undoLast(): Transition<GraphState> {
  return (state) => (state.undo ? { ...state.undo.content, lastAdded: null, undo: null } : state);
}

/** Pins the given nodes when any of them is unpinned, unpins them all otherwise. */
export function togglePins(ids: readonly string[]): Transition<GraphState> {
  return (state) => {
    const present = ids.filter((id) => state.nodes[id]);
    if (present.length === 0) return state;
    const allPinned = present.every((id) => state.pinned.includes(id));
    const pinned = allPinned ? state.pinned.filter((id) => !present.includes(id)) : [...new Set([...state.pinned, ...present])];
    return { ...state, pinned };
  };
}

/** Adds one node without neighbours (an entity picked from an article); known nodes are left as they are. */
export function addNode(node: NodeData): Transition<GraphState> {
  return (state) => (state.nodes[node.id] ? state : { ...state, nodes: { ...state.nodes, [node.id]: node }, lastAdded: { anchorIds: [], nodeIds: [node.id] } });
}

/** Adds a path's nodes and edges without changing what is expanded; the previous content becomes the undo step. */
export function mergePath(graph: GraphPayload): Transition<GraphState> {
  return (state) => {
    const merged = mergeNeighborhood({ graph: { ...graph, truncated: false }, anchorIds: [], limit: 0, label: 'path' })(state);
    return { ...merged, truncation: state.truncation };
  };
}

/** Empties the graph; the previous content becomes the undo step. */
export function clearGraph(label = 'clear'): Transition<GraphState> {
  return (state) => (Object.keys(state.nodes).length === 0 ? state : { ...emptyGraph, undo: { label, content: contentOf(state) } });
}
