import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutJob, LayoutPositions } from './layoutJob';
import { separateNodes } from './separateNodes';

let registered = false;

/** fcose's force settings, shared by every job. */
const FORCES = {
  nodeRepulsion: () => 9000,
  idealEdgeLength: () => 80,
  edgeElasticity: () => 0.45,
  nodeSeparation: 90,
  numIter: 1000,
};

/**
 * Runs fcose on a job in a headless Cytoscape whose only style is each node's box: none of the page's stylesheet, label
 * measuring or rendered bounding boxes, which cost more than the layout itself on the page's instance. Pure and synchronous,
 * so the same code runs in the layout worker, in Node (bench:web) and in the page when workers are unavailable. Node shapes that
 * the forces left on top of each other are then pushed apart (separateNodes).
 */
export function computeLayout(job: LayoutJob): LayoutPositions {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle' } }],
    elements: [
      ...job.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.w, h: n.h }, position: { x: n.x, y: n.y } })),
      ...job.edges.map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target } })),
    ],
  });
  try {
    const fixedNodeConstraint = job.fixed
      .map((id) => cy.getElementById(id))
      .filter((n) => n.nonempty())
      .map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
    const options = {
      name: 'fcose',
      ...FORCES,
      animate: false,
      fit: false,
      // The boxes already hold the labels when they count.
      nodeDimensionsIncludeLabels: false,
      uniformNodeDimensions: false,
      ...(job.mode === 'refine'
        ? { quality: 'default', randomize: false, packComponents: false, tile: false }
        : { quality: job.draft ? 'draft' : 'default', randomize: true, packComponents: true, tile: true }),
      ...(fixedNodeConstraint.length > 0 ? { fixedNodeConstraint } : {}),
    };
    cy.layout(options as unknown as cytoscape.LayoutOptions).run();
    const positions: LayoutPositions = {};
    cy.nodes().forEach((n) => {
      const p = n.position();
      positions[n.id()] = { x: p.x, y: p.y };
    });
    return separateNodes(job.nodes, positions, job.fixed);
  } finally {
    cy.destroy();
  }
}
