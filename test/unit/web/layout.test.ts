import { describe, expect, it } from 'vitest';
import { labelFontSize, nodeSize } from '../../../web/src/graph/elementData';
import { computeLayout } from '../../../web/src/graph/layouts/computeLayout';
import { labelOffset, layoutBox, LABEL_MAX_WIDTH } from '../../../web/src/graph/layouts/layoutJob';
import { radialPlacement } from '../../../web/src/graph/layouts/radialPlacement';

const star = (n: number, size = 24) => {
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, w: size, h: size, weight: n - i }));
  const edges = nodes.slice(1).map((node) => ({ source: node.id, target: 'n0' }));
  return { nodes, edges };
};

const overlapping = (nodes: { id: string; w: number; h: number }[], at: Record<string, { x: number; y: number }>): number => {
  let count = 0;
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i] as (typeof nodes)[number];
      const b = nodes[j] as (typeof nodes)[number];
      const p = at[a.id] as { x: number; y: number };
      const q = at[b.id] as { x: number; y: number };
      if (Math.abs(p.x - q.x) < (a.w + b.w) / 2 && Math.abs(p.y - q.y) < (a.h + b.h) / 2) count += 1;
    }
  return count;
};

describe('radial placement', () => {
  it('puts the anchor at the centre and every other node on rings around it, without overlaps', () => {
    const { nodes, edges } = star(300);
    const at = radialPlacement(nodes, edges, 'n0', { x: 10, y: 20 });
    expect(Object.keys(at)).toHaveLength(300);
    expect(at.n0).toEqual({ x: 10, y: 20 });
    expect(overlapping(nodes, at)).toBe(0);
  });

  it('gives the heaviest nodes the inner ring', () => {
    const { nodes, edges } = star(100);
    const at = radialPlacement(nodes, edges, 'n0', { x: 0, y: 0 });
    const r = (id: string) => Math.hypot((at[id] as { x: number }).x, (at[id] as { y: number }).y);
    expect(r('n1')).toBeLessThan(r('n99'));
  });

  it('keeps nodes linked to each other side by side', () => {
    const { nodes, edges } = star(40);
    // n39, the lightest, is linked to n1, the heaviest: it comes right after it on the first ring, not on the last.
    const at = radialPlacement(nodes, [...edges, { source: 'n1', target: 'n39' }], 'n0', { x: 0, y: 0 });
    const d = (a: string, b: string) => Math.hypot((at[a] as { x: number }).x - (at[b] as { x: number }).x, (at[a] as { y: number }).y - (at[b] as { y: number }).y);
    expect(d('n1', 'n39')).toBeLessThan(d('n1', 'n20'));
  });

  it('stretches the rings to a wide view', () => {
    const { nodes, edges } = star(200);
    const extent = (stretch: number) => {
      const at = Object.values(radialPlacement(nodes, edges, 'n0', { x: 0, y: 0 }, stretch));
      const xs = at.map((p) => p.x);
      const ys = at.map((p) => p.y);
      return (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    };
    expect(extent(1)).toBeCloseTo(1, 1);
    expect(extent(2.4)).toBeGreaterThan(1.8);
  });
});

describe('layout boxes', () => {
  it('holds the label under the node when labels count', () => {
    const bare = layoutBox(5, 'A rather long organisation name', false);
    const labelled = layoutBox(5, 'A rather long organisation name', true);
    expect(bare).toEqual({ w: nodeSize(5), h: nodeSize(5), size: nodeSize(5) });
    expect(labelled.size).toBe(nodeSize(5));
    expect(labelled.w).toBeGreaterThan(bare.w);
    expect(labelled.w).toBeLessThanOrEqual(LABEL_MAX_WIDTH);
    expect(labelled.h).toBeGreaterThan(bare.h);
    // The box's top is the node's top: its centre is lower by the offset.
    expect(labelled.h / 2 - labelOffset(true)).toBeCloseTo(nodeSize(5) / 2);
  });

  it('grows the label with the node, from 10 to 17 px', () => {
    expect(labelFontSize(nodeSize(0))).toBe(10);
    expect(labelFontSize(nodeSize(1_000))).toBe(17);
    expect(labelFontSize(nodeSize(30))).toBeGreaterThan(labelFontSize(nodeSize(2)));
  });
});

describe('fcose jobs (the layout worker)', () => {
  it('refines from given positions and keeps fixed nodes where they are', () => {
    const { nodes, edges } = star(30);
    const start = radialPlacement(nodes, edges, 'n0', { x: 0, y: 0 });
    const job = { nodes: nodes.map((n) => ({ id: n.id, w: n.w, h: n.h, ...(start[n.id] as { x: number; y: number }) })), edges, fixed: ['n0', 'n5'], mode: 'refine' as const };
    const at = computeLayout(job);
    expect(Object.keys(at)).toHaveLength(30);
    expect(at.n0?.x).toBeCloseTo(0);
    expect(at.n0?.y).toBeCloseTo(0);
    expect(at.n5?.x).toBeCloseTo((start.n5 as { x: number }).x);
    expect(at.n5?.y).toBeCloseTo((start.n5 as { y: number }).y);
  });

  it('lays out from scratch', () => {
    const { nodes, edges } = star(20);
    const at = computeLayout({ nodes: nodes.map((n) => ({ id: n.id, w: n.w, h: n.h, x: 0, y: 0 })), edges, fixed: [], mode: 'full' });
    const xs = Object.values(at).map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(100);
  });
});
