import type { LayoutPositions } from './layoutJob';

/** Gap between two boxes on a ring, and between two rings. */
const GAP_ALONG = 10;
const GAP_BETWEEN_RINGS = 22;
/** Distance from the anchor's box to the first ring's boxes: about fcose's ideal edge length. */
const FIRST_RING_GAP = 70;

interface Item {
  id: string;
  w: number;
  h: number;
  weight: number;
}

/**
 * Orders the nodes around an anchor for the rings: the groups of nodes linked to each other (leaving the anchor out) stay
 * together, each in breadth-first order from its heaviest node, so linked nodes sit side by side; groups and lone nodes come
 * heaviest first, so the main nodes take the inner rings.
 */
function ringOrder(items: Item[], edges: readonly { source: string; target: string }[], anchorId: string): Item[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const links = new Map<string, string[]>();
  for (const { source, target } of edges) {
    if (source === anchorId || target === anchorId || source === target || !byId.has(source) || !byId.has(target)) continue;
    (links.get(source) ?? links.set(source, []).get(source)!).push(target);
    (links.get(target) ?? links.set(target, []).get(target)!).push(source);
  }
  const heavier = (a: Item, b: Item): number => b.weight - a.weight || (a.id < b.id ? -1 : 1);
  const seen = new Set<string>();
  const groups: Item[][] = [];
  for (const start of [...items].sort(heavier)) {
    if (seen.has(start.id)) continue;
    seen.add(start.id);
    const group = [start];
    for (let i = 0; i < group.length; i++) {
      const next = (links.get((group[i] as Item).id) ?? []).filter((id) => !seen.has(id)).map((id) => byId.get(id) as Item);
      for (const item of next.sort(heavier)) {
        if (seen.has(item.id)) continue;
        seen.add(item.id);
        group.push(item);
      }
    }
    groups.push(group);
  }
  // Groups are found heaviest first already (each starts from the heaviest node left).
  return groups.flat();
}

/** Points along an ellipse from its top, clockwise, with the arc length up to each, to place boxes at equal arc spacing. */
function ellipseWalk(a: number, b: number): { points: { x: number; y: number }[]; arc: number[] } {
  const steps = 360;
  const points: { x: number; y: number }[] = [];
  const arc: number[] = [];
  let length = 0;
  for (let i = 0; i <= steps; i++) {
    const t = -Math.PI / 2 + (2 * Math.PI * i) / steps;
    const p = { x: a * Math.cos(t), y: b * Math.sin(t) };
    const last = points[points.length - 1];
    if (last) length += Math.hypot(p.x - last.x, p.y - last.y);
    points.push(p);
    arc.push(length);
  }
  return { points, arc };
}

/** The point at arc length `s` (0 ≤ s ≤ perimeter) of a walk. */
function pointAt(walk: { points: { x: number; y: number }[]; arc: number[] }, s: number): { x: number; y: number } {
  const { points, arc } = walk;
  let lo = 0;
  let hi = arc.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((arc[mid] as number) < s) lo = mid;
    else hi = mid;
  }
  const a = points[lo] as { x: number; y: number };
  const b = points[hi] as { x: number; y: number };
  const span = (arc[hi] as number) - (arc[lo] as number) || 1;
  const f = Math.max(0, Math.min(1, (s - (arc[lo] as number)) / span));
  return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
}

/**
 * Places the nodes of a star-like neighbourhood on concentric rings around its anchor, boxes never overlapping: a complete
 * layout in O(n) for large neighbourhoods, and the start of a short force refinement for small ones. The rings are ellipses
 * `stretch` times wider than high (up to 2), so a wide view is filled at a larger zoom than a disc would allow. Positions are
 * box centres (see layoutJob.ts).
 */
export function radialPlacement(
  nodes: readonly Item[],
  edges: readonly { source: string; target: string }[],
  anchorId: string,
  center: { x: number; y: number },
  stretch = 1,
): LayoutPositions {
  const e = Math.max(1, Math.min(2, stretch));
  const positions: LayoutPositions = { [anchorId]: { ...center } };
  const anchor = nodes.find((n) => n.id === anchorId);
  const order = ringOrder(
    nodes.filter((n) => n.id !== anchorId),
    edges,
    anchorId,
  );
  // `radius` is the inner edge of the next ring, measured vertically (horizontally it is `e` times more).
  let radius = (anchor ? Math.max(anchor.w / e, anchor.h) / 2 : 20) + FIRST_RING_GAP;
  let ring = 0;
  let i = 0;
  while (i < order.length) {
    // Take what fits on this ring: boxes side by side along the ellipse through their centres.
    const first = order[i] as Item;
    let depth = Math.max(first.h, first.w / e);
    let walk = ellipseWalk(e * (radius + depth / 2), radius + depth / 2);
    let used = 0;
    let j = i;
    while (j < order.length) {
      const item = order[j] as Item;
      const d = Math.max(depth, item.h, item.w / e);
      if (d > depth) {
        depth = d;
        walk = ellipseWalk(e * (radius + depth / 2), radius + depth / 2);
      }
      if (j > i && used + item.w + GAP_ALONG > (walk.arc[walk.arc.length - 1] as number)) break;
      used += item.w + GAP_ALONG;
      j += 1;
    }
    // Spread the ring's boxes over the whole ellipse, each taking an arc in proportion to its width.
    const perimeter = walk.arc[walk.arc.length - 1] as number;
    const scale = perimeter / Math.max(used, 1);
    let s = ring % 2 === 0 ? 0 : (scale * (first.w + GAP_ALONG)) / 2;
    for (let k = i; k < j; k++) {
      const item = order[k] as Item;
      const arc = (item.w + GAP_ALONG) * scale;
      const p = pointAt(walk, (s + arc / 2) % perimeter);
      positions[item.id] = { x: center.x + p.x, y: center.y + p.y };
      s += arc;
    }
    // A fifth more than the boxes' depth: between the axes a box reaches further out than its half-height.
    radius += 1.2 * depth + GAP_BETWEEN_RINGS;
    ring += 1;
    i = j;
  }
  return positions;
}
