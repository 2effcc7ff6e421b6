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

/**
 * Places the nodes of a star-like neighbourhood on concentric rings around its anchor, boxes never overlapping: a complete
 * layout in O(n) for large neighbourhoods, and the start of a short force refinement for small ones. Positions are box
 * centres (see layoutJob.ts).
 */
export function radialPlacement(
  nodes: readonly Item[],
  edges: readonly { source: string; target: string }[],
  anchorId: string,
  center: { x: number; y: number },
): LayoutPositions {
  const positions: LayoutPositions = { [anchorId]: { ...center } };
  const anchor = nodes.find((n) => n.id === anchorId);
  const order = ringOrder(
    nodes.filter((n) => n.id !== anchorId),
    edges,
    anchorId,
  );
  let radius = (anchor ? Math.max(anchor.w, anchor.h) / 2 : 20) + FIRST_RING_GAP;
  let ring = 0;
  let i = 0;
  while (i < order.length) {
    // Take what fits on this ring; its boxes are at least radius + half their height from the centre.
    const first = order[i] as Item;
    let ringHeight = first.h;
    let r = radius + ringHeight / 2;
    let used = 0;
    let j = i;
    while (j < order.length) {
      const item = order[j] as Item;
      const h = Math.max(ringHeight, item.h);
      const rr = radius + h / 2;
      if (j > i && used + item.w + GAP_ALONG > 2 * Math.PI * rr) break;
      used += item.w + GAP_ALONG;
      ringHeight = h;
      r = rr;
      j += 1;
    }
    // Spread the ring's boxes over the whole circle, each taking an arc in proportion to its width.
    const scale = (2 * Math.PI) / Math.max(used, 1);
    let angle = ring % 2 === 0 ? 0 : (scale * ((first.w + GAP_ALONG) / 2));
    for (let k = i; k < j; k++) {
      const item = order[k] as Item;
      const arc = (item.w + GAP_ALONG) * scale;
      const a = angle + arc / 2 - Math.PI / 2;
      positions[item.id] = { x: center.x + r * Math.cos(a), y: center.y + r * Math.sin(a) };
      angle += arc;
    }
    radius += ringHeight + GAP_BETWEEN_RINGS;
    ring += 1;
    i = j;
  }
  return positions;
}
