import type { LayoutNode, LayoutPositions } from './layoutJob';

/** Space kept between two node shapes, in px. */
export const NODE_GAP = 6;
const MAX_PASSES = 40;

/**
 * Pushes apart node shapes that a force layout left on top of each other (fcose keeps boxes apart only on average: a hub's
 * neighbour can end up under it). Each node is the circle of its shape (`size`, else the smaller side of its box) around its box
 * centre; two circles closer than their radii plus NODE_GAP move apart along the line between them, half each, or all of it
 * for the free one when the other is fixed. Repeats until no pair overlaps or MAX_PASSES, with a grid so a pass costs about
 * one visit per node. Labels may still touch: spreading every label apart would scatter large graphs. Pure.
 */
export function separateNodes(nodes: readonly LayoutNode[], positions: LayoutPositions, fixed: readonly string[]): LayoutPositions {
  const held = new Set(fixed);
  const items = nodes
    .filter((n) => positions[n.id] !== undefined)
    .map((n) => ({ id: n.id, r: (n.size ?? Math.min(n.w, n.h)) / 2, held: held.has(n.id), ...(positions[n.id] as { x: number; y: number }) }));
  const out: LayoutPositions = { ...positions };
  if (items.length < 2) return out;
  const cell = 2 * Math.max(...items.map((n) => n.r)) + NODE_GAP;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const grid = new Map<string, number[]>();
    items.forEach((n, i) => {
      const key = `${Math.floor(n.x / cell)},${Math.floor(n.y / cell)}`;
      const bucket = grid.get(key);
      if (bucket) bucket.push(i);
      else grid.set(key, [i]);
    });
    let moved = false;
    items.forEach((a, i) => {
      const cx = Math.floor(a.x / cell);
      const cy = Math.floor(a.y / cell);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (j <= i) continue;
            const b = items[j] as (typeof items)[number];
            if (a.held && b.held) continue;
            const need = a.r + b.r + NODE_GAP;
            let vx = b.x - a.x;
            let vy = b.y - a.y;
            let d = Math.hypot(vx, vy);
            if (d >= need) continue;
            if (d < 1e-6) {
              // Same spot: a fixed direction per pair, so the result does not depend on chance.
              const angle = ((i * 7 + j * 13) % 360) * (Math.PI / 180);
              vx = Math.cos(angle);
              vy = Math.sin(angle);
              d = 1;
            }
            const push = need - Math.hypot(b.x - a.x, b.y - a.y);
            const share = a.held ? 0 : b.held ? 1 : 0.5;
            a.x -= (vx / d) * push * share;
            a.y -= (vy / d) * push * share;
            b.x += (vx / d) * push * (1 - share);
            b.y += (vy / d) * push * (1 - share);
            moved = true;
          }
    });
    if (!moved) break;
  }
  for (const n of items) out[n.id] = { x: n.x, y: n.y };
  return out;
}
