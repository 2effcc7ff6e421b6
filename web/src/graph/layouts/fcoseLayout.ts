import type { Core, NodeSingular, Position } from 'cytoscape';

/** What to lay out: everything, or only the nodes an expand added, around the nodes they grew from. */
export type LayoutRequest = { mode: 'full'; pinned: readonly string[] } | { mode: 'incremental'; anchorIds: readonly string[]; newIds: readonly string[]; pinned: readonly string[] };

/** Old nodes held in place by constraints up to this many; above it, only the new nodes are laid out, around their anchor. */
const MAX_FIXED_CONSTRAINTS = 400;

function animationMs(nodeCount: number): number {
  return nodeCount > 1200 ? 0 : nodeCount > 400 ? 250 : 350;
}

function baseOptions(nodeCount: number) {
  const duration = animationMs(nodeCount);
  return {
    name: 'fcose',
    // Above 400 nodes the force phase costs seconds of CPU (bench:web: about 16 s at 1,000 nodes on this machine); the
    // spectral draft alone keeps a pick responsive, and "Re-layout" stays one click away.
    quality: nodeCount > 400 ? 'draft' : 'default',
    animate: duration > 0,
    animationDuration: duration,
    animationEasing: 'ease-out',
    fit: false,
    padding: 40,
    nodeDimensionsIncludeLabels: nodeCount <= 400,
    uniformNodeDimensions: nodeCount > 400,
    packComponents: true,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 80,
    edgeElasticity: () => 0.45,
    nodeSeparation: 90,
    // The force phase starts from the spectral draft, which is already close; 1,000 iterations settle a few hundred nodes.
    numIter: 1000,
    tile: true,
  };
}

function centroid(nodes: NodeSingular[]): Position {
  if (nodes.length === 0) return { x: 0, y: 0 };
  const sum = nodes.reduce((acc, n) => ({ x: acc.x + n.position('x'), y: acc.y + n.position('y') }), { x: 0, y: 0 });
  return { x: sum.x / nodes.length, y: sum.y / nodes.length };
}

/**
 * Puts new nodes on arcs on the far side of their anchor (away from the rest of the graph), so the force layout starts them
 * in free space and they grow outwards instead of into the nodes already drawn.
 */
function seedAroundAnchor(cy: Core, anchorIds: readonly string[], newIds: readonly string[]): void {
  const fresh = new Set(newIds);
  const anchors = anchorIds.map((id) => cy.getElementById(id)).filter((n) => n.nonempty()) as NodeSingular[];
  const center = centroid(anchors);
  const old = cy.nodes().filter((n) => !fresh.has(n.id())) as unknown as NodeSingular[];
  const middle = centroid([...old]);
  let dx = center.x - middle.x;
  let dy = center.y - middle.y;
  const length = Math.hypot(dx, dy);
  const spread = length < 1 ? Math.PI : (Math.PI * 2) / 3;
  if (length < 1) [dx, dy] = [1, 0];
  const base = Math.atan2(dy, dx);
  const perRing = 12;
  newIds.forEach((id, i) => {
    const ring = Math.floor(i / perRing);
    const inRing = Math.min(perRing, newIds.length - ring * perRing);
    const angle = base - spread + (2 * spread * ((i % perRing) + 0.5)) / inRing;
    const radius = 130 + ring * 80;
    cy.getElementById(id).position({ x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) });
  });
}

/**
 * Runs fcose and resolves when the layout has stopped (animation included). Full: everything moves except pinned nodes.
 * Incremental: the old nodes keep their positions (fixed constraints), the new ones settle around their anchor.
 */
export function runFcose(cy: Core, request: LayoutRequest): Promise<void> {
  const all = cy.nodes(':visible');
  if (all.empty()) return Promise.resolve();
  const fixed = (ids: Iterable<string>) =>
    [...ids].map((id) => cy.getElementById(id)).filter((n) => n.nonempty() && n.visible()).map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));

  let eles = cy.elements(':visible');
  let options: Record<string, unknown>;
  if (request.mode === 'full') {
    options = { ...baseOptions(all.length), randomize: true, fixedNodeConstraint: fixed(request.pinned) };
  } else {
    const fresh = new Set(request.newIds);
    seedAroundAnchor(cy, request.anchorIds, request.newIds);
    const oldIds = all.map((n) => n.id()).filter((id) => !fresh.has(id));
    if (oldIds.length <= MAX_FIXED_CONSTRAINTS) {
      options = { ...baseOptions(all.length), randomize: false, fixedNodeConstraint: fixed(oldIds) };
    } else {
      const part = cy.collection();
      for (const id of [...request.newIds, ...request.anchorIds]) part.merge(cy.getElementById(id));
      eles = part.union(part.edgesWith(part)).filter(':visible');
      options = { ...baseOptions(eles.nodes().length), randomize: false, fixedNodeConstraint: fixed(request.anchorIds) };
    }
  }
  if ((options.fixedNodeConstraint as unknown[]).length === 0) delete options.fixedNodeConstraint;
  return new Promise((resolve) => {
    const layout = eles.layout(options as unknown as Parameters<Core['layout']>[0]);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}
