import { labelFontSize, nodeSize } from '../elementData';

/** A node as the layout sees it: the box it needs (the shape, and its label when labels count) centred on (x, y). */
export interface LayoutNode {
  id: string;
  w: number;
  h: number;
  x: number;
  y: number;
  /** Diameter of the node's shape, which no other shape may cover (default: the smaller side of the box). */
  size?: number;
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

/** The stylesheet's `text-max-width`: longer labels end in an ellipsis. */
export const LABEL_MAX_WIDTH = 150;

/** Estimated width of a label in the stylesheet's sans-serif at `fontSize` px. */
export function labelWidth(label: string, fontSize: number): number {
  return Math.min(LABEL_MAX_WIDTH, 0.57 * fontSize * label.length);
}

/** Space under a node taken by its label: `text-margin-y` plus one line. */
export function labelHeight(fontSize: number): number {
  return 3 + Math.ceil(1.25 * fontSize);
}

/** Half the space the biggest label takes under its node: how far a box centre sits below its node's centre at most. */
const LABEL_OFFSET = labelHeight(17) / 2;

/**
 * The box of a node for the layout. With labels it includes the label under the node; the box is given the height of the
 * largest label, so every box centre sits LABEL_OFFSET below its node's centre (`labelOffset` converts between the two).
 */
export function layoutBox(weight: number, label: string, withLabels: boolean): { w: number; h: number; size: number } {
  const size = nodeSize(weight);
  if (!withLabels) return { w: size, h: size, size };
  return { w: Math.max(size, labelWidth(label, labelFontSize(size))), h: size + 2 * LABEL_OFFSET, size };
}

export function labelOffset(withLabels: boolean): number {
  return withLabels ? LABEL_OFFSET : 0;
}
