/** What the user has selected, in selection order (the first two nodes are the ends of "How are these connected?"). */
export interface SelectionState {
  nodes: readonly string[];
  edges: readonly string[];
}
