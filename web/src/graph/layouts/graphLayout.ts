import type { Core, NodeCollection, NodeSingular, Position } from 'cytoscape';
import type { GraphState } from '../../state/graph/index';
import { labelOffset, layoutBox, type LayoutJob, type LayoutNode, type LayoutPositions } from './layoutJob';
import type { LayoutRunner } from './layoutRunner';
import { radialPlacement } from './radialPlacement';

/** Up to this many visible nodes the layout makes room for labels (above it they are hidden at the zoom that fits). */
export const LABELS_IN_LAYOUT = 400;
/**
 * A fresh neighbourhood up to this many nodes gets fcose's force phase after the rings; above it the rings are the layout
 * (bench:web: the force phase from rings costs 0.2–0.6 s of CPU at 200 nodes and packs the labels into each other).
 */
export const REFINE_LIMIT = 100;
/** Old nodes held in place by constraints up to this many; above it, only the new nodes are laid out, around their anchor. */
const MAX_FIXED_CONSTRAINTS = 400;
/** The viewport's padding and its zoom limit when fitting (a small graph is not blown up). */
export const FIT_PADDING = 48;
export const FIT_MAX_ZOOM = 1.2;

/** Width over height of the view (1 when it has no size yet): rings are stretched to it. */
function viewAspect(cy: Core): number {
  const w = cy.width();
  const h = cy.height();
  return w > 0 && h > 0 ? w / h : 1;
}

/** How long nodes glide to their new places. */
export function animationMs(nodeCount: number): number {
  return nodeCount > 1200 ? 0 : nodeCount > 400 ? 250 : 350;
}
/** A fresh neighbourhood is already drawn on its rings; the refinement glides shorter. */
const REFINE_ANIMATION_MS = 250;

type Box = { x1: number; y1: number; x2: number; y2: number };

/** The zoom and pan that fit `box` in the view like `cy.fit` (with FIT_PADDING and at most FIT_MAX_ZOOM). */
export function viewportFor(cy: Core, box: Box): { zoom: number; pan: Position } {
  const w = cy.width();
  const h = cy.height();
  const bw = Math.max(box.x2 - box.x1, 1);
  const bh = Math.max(box.y2 - box.y1, 1);
  const fitted = Math.min((w - 2 * FIT_PADDING) / bw, (h - 2 * FIT_PADDING) / bh);
  const zoom = Math.max(cy.minZoom(), Math.min(FIT_MAX_ZOOM, Number.isFinite(fitted) && fitted > 0 ? fitted : 1));
  return { zoom, pan: { x: (w - zoom * (box.x1 + box.x2)) / 2, y: (h - zoom * (box.y1 + box.y2)) / 2 } };
}

function boxesExtent(nodes: readonly LayoutNode[], positions: LayoutPositions): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const n of nodes) {
    const p = positions[n.id] ?? n;
    box.x1 = Math.min(box.x1, p.x - n.w / 2);
    box.x2 = Math.max(box.x2, p.x + n.w / 2);
    box.y1 = Math.min(box.y1, p.y - n.h / 2);
    box.y2 = Math.max(box.y2, p.y + n.h / 2);
  }
  return box;
}

/** Most a force layout is widened to suit a wide view. */
const MAX_WIDEN = 1.6;

/**
 * Stretches a force layout horizontally (at most MAX_WIDEN times) towards the view's proportions: fcose draws round graphs
 * while the view is about 2.4 times wider than high, and labels are wide, so the width spreads the crowded middle apart
 * without moving any two boxes closer.
 */
function widen(positions: LayoutPositions, nodes: readonly LayoutNode[], aspect: number): LayoutPositions {
  const box = boxesExtent(nodes, positions);
  const w = box.x2 - box.x1;
  const h = box.y2 - box.y1;
  if (!(w > 0 && h > 0)) return positions;
  const k = Math.max(1, Math.min(MAX_WIDEN, aspect / (w / h)));
  if (k === 1) return positions;
  const cx = (box.x1 + box.x2) / 2;
  const out: LayoutPositions = {};
  for (const [id, p] of Object.entries(positions)) out[id] = { x: cx + (p.x - cx) * k, y: p.y };
  return out;
}

/** Moves nodes to node-centre positions, gliding over `duration` ms (0: at once), with the viewport if given. */
function moveNodes(cy: Core, nodes: NodeCollection, target: Map<string, Position>, duration: number, viewport?: { zoom: number; pan: Position }): Promise<void> {
  if (nodes.empty()) return Promise.resolve();
  if (duration <= 0) {
    cy.batch(() => {
      nodes.forEach((n) => {
        const p = target.get(n.id());
        if (p) n.position(p);
      });
    });
    if (viewport) cy.viewport(viewport);
    return Promise.resolve();
  }
  if (viewport) cy.animate({ zoom: viewport.zoom, pan: viewport.pan }, { duration, easing: 'ease-out' });
  return new Promise((resolve) => {
    const layout = nodes.layout({
      name: 'preset',
      positions: (n: NodeSingular) => target.get(n.id()) ?? n.position(),
      animate: true,
      animationDuration: duration,
      animationEasing: 'ease-out',
      fit: false,
    } as unknown as Parameters<Core['layout']>[0]);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}

/** Layout boxes of nodes on the canvas (box centres, so a label under a node counts). */
function jobNodes(nodes: NodeCollection, withLabels: boolean): LayoutNode[] {
  const off = labelOffset(withLabels);
  return nodes.map((n) => {
    const p = n.position();
    return { id: n.id(), ...layoutBox(n.data('weight') as number, n.data('label') as string, withLabels), x: p.x, y: p.y + off };
  });
}

function jobEdges(nodes: NodeCollection): { source: string; target: string }[] {
  return nodes.edgesWith(nodes).map((e) => ({ source: e.source().id(), target: e.target().id() }));
}

/** Box centres back to node centres. */
function nodeCentres(positions: LayoutPositions, withLabels: boolean): Map<string, Position> {
  const off = labelOffset(withLabels);
  return new Map(Object.entries(positions).map(([id, p]) => [id, { x: p.x, y: p.y - off }]));
}

function centroid(points: readonly Position[]): Position {
  if (points.length === 0) return { x: 0, y: 0 };
  const sum = points.reduce((acc, p) => ({ x: acc.x + p.x, y: acc.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}

/**
 * Start positions for nodes an expand adds: arcs on the far side of their anchor (away from the rest of the graph), so the
 * force layout starts them in free space and they grow outwards instead of into the nodes already drawn.
 */
function seedAroundAnchor(cy: Core, anchorIds: readonly string[], newIds: readonly string[]): Map<string, Position> {
  const anchors = anchorIds.map((id) => cy.getElementById(id)).filter((n) => n.nonempty()).map((n) => ({ ...(n as NodeSingular).position() }));
  const center = centroid(anchors);
  const middle = centroid(cy.nodes().map((n) => ({ ...n.position() })));
  let dx = center.x - middle.x;
  let dy = center.y - middle.y;
  const length = Math.hypot(dx, dy);
  const spread = length < 1 ? Math.PI : (Math.PI * 2) / 3;
  if (length < 1) [dx, dy] = [1, 0];
  const base = Math.atan2(dy, dx);
  const perRing = 12;
  const seeds = new Map<string, Position>();
  newIds.forEach((id, i) => {
    const ring = Math.floor(i / perRing);
    const inRing = Math.min(perRing, newIds.length - ring * perRing);
    const angle = base - spread + (2 * spread * ((i % perRing) + 0.5)) / inRing;
    const radius = 130 + ring * 80;
    seeds.set(id, { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) });
  });
  return seeds;
}

/** A spiral, so nodes that fcose will place anyway do not start on one point (Cytoscape cannot draw edges between them). */
function spiral(ids: readonly string[]): Map<string, Position> {
  return new Map(ids.map((id, i) => [id, { x: 40 * Math.sqrt(i) * Math.cos(i * 2.4), y: 40 * Math.sqrt(i) * Math.sin(i * 2.4) }] as const));
}

/** What an addition needs: where its nodes start (set when they are added) and the layout that follows. */
export interface AdditionPlan {
  seeds: Map<string, Position>;
  /** The viewport that shows the start positions (a fresh neighbourhood is fitted before it is first drawn). */
  viewport: ((cy: Core) => { zoom: number; pan: Position }) | null;
  /** Runs the layout once the nodes are on the canvas; resolves when nodes (and, for a fresh graph, the viewport) have stopped. */
  run(cy: Core): Promise<void>;
  /** Whether the view should fit or reveal the result afterwards (a fresh radial neighbourhood moves the viewport itself). */
  kind: 'fresh-radial' | 'fresh' | 'incremental';
}

/**
 * Plans the layout of the nodes in `added`, before they are added to Cytoscape. A fresh neighbourhood of one anchor (a search
 * pick, a one-node link) goes on rings around it at once, computed here from the store's data in O(n); small ones are then
 * refined by fcose in the layout worker, which starts while the page is still adding and styling the elements. An expand
 * starts the new nodes beyond their anchor and lets fcose place them with every old node fixed. Anything else is a full fcose.
 */
export function planAddition(
  cy: Core,
  graph: GraphState,
  added: { anchorIds: readonly string[]; nodeIds: readonly string[] },
  hiddenKinds: ReadonlySet<string>,
  runner: LayoutRunner,
): AdditionPlan {
  const fresh = new Set(added.nodeIds);
  const hadNodes = cy.nodes().filter((n) => !fresh.has(n.id())).nonempty();
  const pinned = graph.pinned;
  if (hadNodes) {
    const seeds = seedAroundAnchor(cy, added.anchorIds, added.nodeIds);
    return { kind: 'incremental', seeds, viewport: null, run: (c) => runIncremental(c, added.anchorIds, added.nodeIds, runner) };
  }
  const anchorId = added.anchorIds.length === 1 ? added.anchorIds[0] : undefined;
  if (anchorId === undefined || !graph.nodes[anchorId] || hiddenKinds.has(graph.nodes[anchorId].kind)) {
    return { kind: 'fresh', seeds: spiral(added.nodeIds), viewport: null, run: (c) => runFull(c, pinned, runner) };
  }

  const visible = added.nodeIds.map((id) => graph.nodes[id]).filter((n): n is NonNullable<typeof n> => n !== undefined && !hiddenKinds.has(n.kind));
  const withLabels = visible.length <= LABELS_IN_LAYOUT;
  const items = visible.map((n) => ({ id: n.id, weight: n.weight, ...layoutBox(n.weight, n.label, withLabels) }));
  const ids = new Set(items.map((n) => n.id));
  const edges = Object.values(graph.edges)
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({ source: e.source, target: e.target }));
  const rings = radialPlacement(items, edges, anchorId, { x: 0, y: 0 }, viewAspect(cy));
  const boxes: LayoutNode[] = items.map((n) => ({ ...n, ...(rings[n.id] as Position) }));
  const seeds = nodeCentres(rings, withLabels);
  for (const id of added.nodeIds) if (!seeds.has(id)) seeds.set(id, { x: 0, y: 0 });
  const seedView = (c: Core) => viewportFor(c, boxesExtent(boxes, rings));

  if (items.length > REFINE_LIMIT) return { kind: 'fresh-radial', seeds, viewport: seedView, run: () => Promise.resolve() };
  const job: LayoutJob = { nodes: boxes.map(({ id, w, h, size, x, y }) => ({ id, w, h, size, x, y })), edges, fixed: [anchorId, ...pinned.filter((id) => ids.has(id))], mode: 'refine' };
  // Sent now: the worker computes while the page adds, styles and draws the rings.
  const refined = runner.compute(job);
  return {
    kind: 'fresh-radial',
    seeds,
    viewport: seedView,
    run: async (c) => {
      const computed = await refined;
      const nodes = c.nodes().filter((n) => ids.has(n.id()));
      // Cleared or replaced meanwhile: the result belongs to a graph that is gone.
      if (nodes.length !== ids.size) return;
      const positions = widen(computed, job.nodes, viewAspect(c));
      await moveNodes(c, nodes, nodeCentres(positions, withLabels), REFINE_ANIMATION_MS, viewportFor(c, boxesExtent(job.nodes, positions)));
    },
  };
}

/** An expand: the new nodes (seeded beyond their anchor) settle while the old ones stay where they are. */
async function runIncremental(cy: Core, anchorIds: readonly string[], newIds: readonly string[], runner: LayoutRunner): Promise<void> {
  const all = cy.nodes(':visible');
  if (all.empty()) return;
  const fresh = new Set(newIds);
  const withLabels = all.length <= LABELS_IN_LAYOUT;
  const oldIds = all.map((n) => n.id()).filter((id) => !fresh.has(id));
  let nodes: NodeCollection = all;
  let fixed: string[] = oldIds;
  if (oldIds.length > MAX_FIXED_CONSTRAINTS) {
    const part = cy.collection();
    for (const id of [...newIds, ...anchorIds]) part.merge(cy.getElementById(id));
    nodes = part.nodes(':visible');
    fixed = anchorIds.filter((id) => nodes.getElementById(id).nonempty());
  }
  const job: LayoutJob = { nodes: jobNodes(nodes, withLabels), edges: jobEdges(nodes), fixed, mode: 'refine' };
  const positions = await runner.compute(job);
  const moving = nodes.filter((n) => fresh.has(n.id()));
  await moveNodes(cy, moving, nodeCentres(positions, withLabels), animationMs(all.length));
}

/**
 * Everything again (Re-layout, a filter change, a view restored with several anchors): fcose from scratch with pinned nodes
 * fixed; above LABELS_IN_LAYOUT nodes only its spectral draft (the force phase costs seconds there), and a star-like graph
 * goes on rings around its hub instead (the spectral draft of a star piles the leaves onto one point).
 */
export async function runFull(cy: Core, pinned: readonly string[], runner: LayoutRunner): Promise<void> {
  const nodes = cy.nodes(':visible');
  if (nodes.empty()) return;
  const withLabels = nodes.length <= LABELS_IN_LAYOUT;
  const job: LayoutJob = { nodes: jobNodes(nodes, withLabels), edges: jobEdges(nodes), fixed: pinned.filter((id) => nodes.getElementById(id).nonempty()), mode: 'full' };
  let positions: LayoutPositions;
  const hub = nodes.length > LABELS_IN_LAYOUT ? starHub(nodes) : null;
  if (hub) {
    const weights = new Map(nodes.map((n) => [n.id(), n.data('weight') as number] as const));
    positions = radialPlacement(job.nodes.map((n) => ({ ...n, weight: weights.get(n.id) ?? 0 })), job.edges, hub.id(), { ...hub.position() }, viewAspect(cy));
  } else {
    positions = await runner.compute({ ...job, draft: nodes.length > LABELS_IN_LAYOUT });
    // Pinned nodes must stay where they are, so only a layout without pins is widened.
    if (job.fixed.length === 0) positions = widen(positions, job.nodes, viewAspect(cy));
  }
  // Pinned nodes do not move (Cytoscape keeps locked nodes where they are).
  await moveNodes(cy, nodes, nodeCentres(positions, withLabels), animationMs(nodes.length));
}

/** The node linked to at least half of the others, if there is one. */
function starHub(nodes: NodeCollection): NodeSingular | null {
  let best: NodeSingular | null = null;
  let degree = 0;
  nodes.forEach((n) => {
    const d = n.degree(false);
    if (d > degree) {
      degree = d;
      best = n;
    }
  });
  return degree >= nodes.length / 2 ? best : null;
}
