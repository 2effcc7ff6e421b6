import { nodeSize } from '../elementData';

/** A node as the layout sees it: the box it needs (the shape, and its label when labels count) centred on (x, y). */
export interface LayoutNode {
  id: string;
  w: number;
  h: number;
  x: number;
  y: number;
}

/** One layout computation, self-contained so that it can run in a Web Worker: the graph, what stays put, and how hard to try. */
export interface LayoutJob {
  nodes: LayoutNode[];
  edges: { source: string; target: string }[];
  /** Nodes held where they are (pinned ones, the anchor of a radial start, the old nodes around an expand). */
  fixed: string[];
  /**
   * `refine`: fcose's force phase from the given positions (randomize: false). `full`: fcose from scratch (spectral start,
   * then the force phase unless `draft`).
   */
  mode: 'refine' | 'full';
  draft?: boolean;
}

/** Box centres by node id. */
export type LayoutPositions = Record<string, { x: number; y: number }>;

/** Estimated width of an 11 px label (the stylesheet's `text-max-width` is 130 px, with an ellipsis beyond). */
export function labelWidth(label: string): number {
  return Math.min(130, 6.3 * label.length);
}

/** Space under a node taken by its label: `text-margin-y` plus one line. */
export const LABEL_HEIGHT = 17;

/**
 * The box of a node for the layout. With labels it includes the label under the node, so the box centre sits LABEL_HEIGHT / 2
 * below the node's centre (`labelOffset` converts between the two).
 */
export function layoutBox(weight: number, label: string, withLabels: boolean): { w: number; h: number } {
  const size = nodeSize(weight);
  return withLabels ? { w: Math.max(size, labelWidth(label)), h: size + LABEL_HEIGHT } : { w: size, h: size };
}

export function labelOffset(withLabels: boolean): number {
  return withLabels ? LABEL_HEIGHT / 2 : 0;
}
