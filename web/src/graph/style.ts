import type { StylesheetJson } from 'cytoscape';
import { LABEL_MAX_WIDTH } from './layouts/layoutJob';
import { EDGE_LOOKS, KIND_LOOKS, TONE_COLORS } from './kinds';

/** Above this many elements the graph switches to the simplified stylesheet. */
export const LARGE_GRAPH_ELEMENTS = 700;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** How an edge label looks (hover, selection, paths). */
const EDGE_TEXT = {
  'font-family': FONT,
  'font-size': 9,
  color: '#39424e',
  'text-rotation': 'autorotate',
  'text-background-color': '#ffffff',
  'text-background-opacity': 0.85,
  'text-background-padding': '1px',
  'min-zoomed-font-size': 8,
};

/**
 * The stylesheet: every look comes from element data (kind, size, width, tone) and classes (pinned, on-path, faded,
 * filtered), never from per-element style calls. Colours and shapes come from one selector per kind rather than data
 * mappers: Cytoscape parses a selector's values once and shares them, while a `data()` colour is parsed for every element.
 * `simple` is the large-graph variant: straight haystack edges without arrows and without the edge-label properties (a
 * pick of 2,000 nodes styles 5,000 elements before its first frame; each property costs), labels only when zoomed in.
 */
export function buildStylesheet(simple: boolean): StylesheetJson {
  const kindRules = Object.entries(KIND_LOOKS).map(([kind, look]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': look.color, shape: look.shape },
  }));
  const edgeRules = Object.entries(EDGE_LOOKS).map(([type, look]) => ({
    selector: `edge[type = "${type}"]`,
    style: simple ? { 'line-color': look.color, 'line-style': look.lineStyle } : { 'line-color': look.color, 'target-arrow-color': look.color, 'line-style': look.lineStyle },
  }));
  const tone = (from: string, to: string, low: number, high: number) => `mapData(toneValue, ${low}, ${high}, ${from}, ${to})`;
  const hostile = tone(TONE_COLORS.hostile, TONE_COLORS.neutral, -10, 0);
  const cooperative = tone(TONE_COLORS.neutral, TONE_COLORS.cooperative, 0, 10);
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-family': FONT,
        // Larger for nodes with more mentions: at the zoom that fits 30–80 nodes, their labels stay above the threshold below.
        'font-size': 'data(fontSize)',
        color: '#1d232b',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': `${LABEL_MAX_WIDTH}px`,
        'text-outline-color': '#ffffff',
        'text-outline-width': simple ? 0 : 2,
        'min-zoomed-font-size': simple ? 9 : 6,
        'border-width': 1.5,
        'border-color': '#ffffff',
      },
    },
    ...kindRules,
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': simple ? 'haystack' : 'bezier',
        opacity: simple ? 0.55 : 0.8,
      },
    },
    ...edgeRules,
    ...(simple ? [] : [{ selector: 'edge[type = "SPOKE_ABOUT"]', style: { 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9 } }]),
    { selector: 'edge[type = "SPOKE_ABOUT"][toneValue < 0]', style: simple ? { 'line-color': hostile } : { 'line-color': hostile, 'target-arrow-color': hostile } },
    { selector: 'edge[type = "SPOKE_ABOUT"][toneValue >= 0]', style: simple ? { 'line-color': cooperative } : { 'line-color': cooperative, 'target-arrow-color': cooperative } },
    // Edge labels appear on hover, selection and paths (the large variant: paths only), and only they carry the text properties.
    ...(simple ? [] : [{ selector: 'edge.hovered, edge:selected', style: { label: 'data(label)', ...EDGE_TEXT } }]),
    { selector: 'node.expanded', style: { 'border-color': '#1d232b', 'border-width': 2 } },
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#1d232b' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111111', 'overlay-color': '#2563eb', 'overlay-opacity': 0.18, 'overlay-padding': 6, 'font-weight': 'bold', 'z-index': 10 } },
    { selector: 'edge:selected', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.25, 'overlay-padding': 4, opacity: 1, 'z-index': 10 } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    // The time window (issue 9): what has no evidence inside it fades; what a browser ingest created is ringed.
    { selector: '.out-of-window', style: { opacity: 0.1, 'text-opacity': 0.15 } },
    { selector: 'node.fresh', style: { 'border-width': 4, 'border-color': '#f59e0b', 'border-style': 'solid' } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#111111', 'font-weight': 'bold' } },
    { selector: 'edge.on-path', style: { opacity: 1, width: 'mapData(width, 0, 9, 4, 10)', label: 'data(label)', 'z-index': 9, ...EDGE_TEXT } },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: 'node.hovered', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.1, 'overlay-padding': 4 } },
  ] as StylesheetJson;
}
