import { describe, expect, it } from 'vitest';
import { NODE_GAP, separateNodes } from '../../../web/src/graph/layouts/separateNodes';

const node = (id: string, size: number) => ({ id, w: size * 3, h: size + 20, size, x: 0, y: 0 });
const gapBetween = (p: { x: number; y: number }, q: { x: number; y: number }, r1: number, r2: number) => Math.hypot(p.x - q.x, p.y - q.y) - r1 - r2;

describe('separateNodes', () => {
  it('moves a node out from under a fixed hub and leaves the hub where it was', () => {
    const nodes = [node('hub', 56), node('leaf', 24)];
    const at = separateNodes(nodes, { hub: { x: 10, y: 10 }, leaf: { x: 14, y: 18 } }, ['hub']);
    expect(at.hub).toEqual({ x: 10, y: 10 });
    expect(gapBetween(at.hub!, at.leaf!, 28, 12)).toBeGreaterThanOrEqual(NODE_GAP - 1e-9);
    // Pushed away from the hub along the line between them (down and to the right).
    expect(at.leaf!.x).toBeGreaterThan(14);
    expect(at.leaf!.y).toBeGreaterThan(18);
  });

  it('separates nodes stacked on one spot, the same way every time', () => {
    const nodes = Array.from({ length: 12 }, (_, i) => node(`n${i}`, 20));
    const start = Object.fromEntries(nodes.map((n) => [n.id, { x: 0, y: 0 }]));
    const at = separateNodes(nodes, start, []);
    expect(separateNodes(nodes, start, [])).toEqual(at);
    let minGap = Infinity;
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) minGap = Math.min(minGap, gapBetween(at[`n${i}`]!, at[`n${j}`]!, 10, 10));
    expect(minGap).toBeGreaterThan(0);
  });

  it('leaves nodes that already keep their distance untouched, and two fixed nodes alone', () => {
    const nodes = [node('a', 20), node('b', 20), node('c', 20), node('d', 20)];
    const start = { a: { x: 0, y: 0 }, b: { x: 100, y: 0 }, c: { x: 300, y: 300 }, d: { x: 302, y: 300 } };
    const at = separateNodes(nodes, start, ['c', 'd']);
    expect(at).toEqual(start);
  });

  it('uses the box when no shape size is given', () => {
    const at = separateNodes([{ id: 'a', w: 30, h: 40, x: 0, y: 0 }, { id: 'b', w: 30, h: 40, x: 5, y: 0 }], { a: { x: 0, y: 0 }, b: { x: 5, y: 0 } }, []);
    expect(at.b!.x - at.a!.x).toBeCloseTo(30 + NODE_GAP);
    expect(at.a!.y).toBeCloseTo(0);
  });
});
