import type { EdgeType, EntityKind } from '../../api/generated';

/** An entity drawn as a node. */
export interface NodeData {
  id: string;
  kind: EntityKind;
  label: string;
  /** Mention count. */
  weight: number;
}

/** A relationship drawn as an edge. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: EdgeType;
  label: string;
  weight: number;
  count: number;
  tone: number | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** What the API left out of the last neighbourhood: "showing `shown` of `total` neighbours". */
export interface Truncation {
  anchorIds: string[];
  shown: number;
  total: number;
  limit: number;
}

/** The elements, as the store keeps them; undo holds the whole previous content (cheap: records are never mutated). */
export interface GraphContent {
  nodes: Readonly<Record<string, NodeData>>;
  edges: Readonly<Record<string, EdgeData>>;
  /** Nodes whose neighbourhood was loaded, in the order they were expanded. */
  expanded: readonly string[];
  pinned: readonly string[];
  truncation: Truncation | null;
}

/** The graph concern: the content, the last addition (for incremental layout) and one step of undo. */
export interface GraphState extends GraphContent {
  /** Nodes added by the last expand and the node they grew from, so the layout places only them. */
  lastAdded: { anchorIds: readonly string[]; nodeIds: readonly string[] } | null;
  /** The content before the last expand or remove. */
  undo: { label: string; content: GraphContent } | null;
}

/** A graph as the API returns it. */
export interface GraphPayload {
  nodes: readonly NodeData[];
  edges: readonly EdgeData[];
  truncated: boolean;
  total: number;
}
