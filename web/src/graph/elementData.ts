import type { EdgeData, NodeData } from '../state/graph/index';

/** Cytoscape data of a node: the store's fields plus the size the stylesheet reads. */
export interface CyNodeData extends NodeData {
  size: number;
  /** Label size in px: the more mentions, the larger, so the main nodes stay labelled at zooms that hide the rest. */
  fontSize: number;
}

/** Cytoscape data of an edge: the store's fields plus the width the stylesheet reads and a hover label. */
export interface CyEdgeData extends EdgeData {
  width: number;
  /** Tone for the stylesheet's colour mapping, 0 when unknown. */
  toneValue: number;
}

/** Node size in px from its mention count: logarithmic, so a head-of-state does not dwarf everything. */
export function nodeSize(weight: number): number {
  return Math.round(Math.min(56, 16 + 6 * Math.log2(1 + Math.max(0, weight))));
}

/** Label font size in px from the node size: 10 px for the smallest nodes up to 17 px for the largest. */
export function labelFontSize(size: number): number {
  return Math.round(10 + (7 * (Math.max(16, Math.min(56, size)) - 16)) / 40);
}

/** Edge width in px from its count. */
export function edgeWidth(weight: number): number {
  return Math.round(10 * Math.min(9, 1.2 + 1.6 * Math.log2(1 + Math.max(0, weight)))) / 10;
}

/** Maps a store node to Cytoscape data. */
export function toCyNode(node: NodeData): CyNodeData {
  const size = nodeSize(node.weight);
  return { ...node, size, fontSize: labelFontSize(size) };
}

/** Maps a store edge to Cytoscape data. */
export function toCyEdge(edge: EdgeData): CyEdgeData {
  return { ...edge, width: edgeWidth(edge.weight), toneValue: edge.tone ?? 0 };
}
