import type { Executor } from '../db/executor';
import { sinceKey } from './dateKeys';
import { expandNeighbors, type NeighborFilter } from './expandNeighbors';
import { findEdgesAmong } from './findEdgesAmong';
import { findGraphNodes } from './findGraphNodes';
import type { EntityKind, GraphNodeRow, GraphRow } from './types';

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
 */
export async function findNeighborhood(executor: Executor, req: NeighborhoodRequest): Promise<GraphRow> {
  const filter: NeighborFilter = { kinds: req.kinds, since: req.since === null ? null : sinceKey(req.since), until: req.until };
  const starts = await findGraphNodes(executor, req.ids);
  const found = new Map<string, GraphNodeRow>(starts.map((n) => [n.id, n]));
  let frontier = starts.map((n) => n.id);
  for (let hop = 1; hop <= req.depth && frontier.length > 0; hop++) {
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
  const edges = await findEdgesAmong(executor, kept.map((n) => n.id), filter.since, filter.until);
  return { nodes: kept, edges, truncated: kept.length < found.size, total: found.size };
}
