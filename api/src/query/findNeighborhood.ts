import type { Executor } from '../db/executor';
import { sinceKey } from './dateKeys';
import { expandNeighbors, type NeighborFilter } from './expandNeighbors';
import { findEdgesAmong } from './findEdgesAmong';
import { findGraphNodes } from './findGraphNodes';
import type { EntityKind, GraphNodeRow, GraphRow } from './types';

/** Up to this many nodes in the outer ring, the links among them are part of the answer. */
export const OUTER_LINKS_MAX = 60;

/** What a neighbourhood asks for; dates are validated `YYYY-MM-DD` days. */
export interface NeighborhoodRequest {
  ids: string[];
  depth: number;
  kinds: EntityKind[] | null;
  since: string | null;
  until: string | null;
  limit: number;
}

/**
 * The entities within `depth` hops of `ids` (one query per hop, breadth first, each node reached once) and the relationships
 * among them. When there are more than `limit`, the start entities and then the highest-weight nodes are kept.
 *
 * The edges are those of the nodes inside the outermost ring (the start, and up to depth − 1 hops) to any kept node: the paths
 * the neighbourhood was reached by and the links among its inner nodes. The links between two nodes of the outer ring are
 * added when that ring keeps at most `OUTER_LINKS_MAX` nodes (a person's ministry PART_OF the country beside them): around a
 * hub they would be most of the answer (10,000 edges among a country's 200 heaviest neighbours on the 10k bench graph) and
 * would expand every neighbour's relationships; there the client gets them by expanding a node.
 */
export async function findNeighborhood(executor: Executor, req: NeighborhoodRequest): Promise<GraphRow> {
  const filter: NeighborFilter = { kinds: req.kinds, since: req.since === null ? null : sinceKey(req.since), until: req.until };
  const starts = await findGraphNodes(executor, req.ids);
  const found = new Map<string, GraphNodeRow>(starts.map((n) => [n.id, n]));
  const inner = new Set(starts.map((n) => n.id));
  let frontier = starts.map((n) => n.id);
  for (let hop = 1; hop <= req.depth && frontier.length > 0; hop++) {
    if (hop > 1) for (const id of frontier) inner.add(id);
    const next: string[] = [];
    for (const node of await expandNeighbors(executor, frontier, filter)) {
      if (found.has(node.id)) continue;
      found.set(node.id, node);
      next.push(node.id);
    }
    frontier = next;
  }
  const startIds = new Set(starts.map((n) => n.id));
  const rest = [...found.values()].filter((n) => !startIds.has(n.id)).sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  const kept = [...starts, ...rest.slice(0, Math.max(0, req.limit - starts.length))];
  const keptIds = kept.map((n) => n.id);
  const outer = keptIds.filter((id) => !inner.has(id));
  const from = outer.length <= OUTER_LINKS_MAX ? keptIds : keptIds.filter((id) => inner.has(id));
  const edges = await findEdgesAmong(executor, from, keptIds, filter.since, filter.until);
  return { nodes: kept, edges, truncated: kept.length < found.size, total: found.size };
}
