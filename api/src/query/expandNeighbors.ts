import type { CypherQuery, Executor } from '../db/executor';
import { GRAPH_REL_TYPES, graphNodeFields, matchEntityById } from './projections';
import type { EntityKind, GraphNodeRow } from './types';

/** The window and kinds a neighbourhood is filtered by; null means "any". */
export interface NeighborFilter {
  kinds: EntityKind[] | null;
  /** Stored-date keys (see dateKeys.ts). */
  since: string | null;
  until: string | null;
}

// A relationship counts in a window when its evidence dates overlap it (lastSeen on or after since, firstSeen on or before until).
const EXPAND = `
UNWIND $frontier AS id
${matchEntityById('id', 'e')}
MATCH (e)-[r:${GRAPH_REL_TYPES}]-(n)
WHERE ($since IS NULL OR r.lastSeen >= $since) AND ($until IS NULL OR r.firstSeen <= $until)
  AND ($kinds IS NULL OR any(l IN labels(n) WHERE l IN $kinds))
WITH DISTINCT n
RETURN ${graphNodeFields('n')} AS node`;

/** Builds the query of the neighbours of `frontier` one hop away over the graph-view relationships. */
export function expandNeighborsQuery(frontier: readonly string[], filter: NeighborFilter): CypherQuery {
  return { cypher: EXPAND, params: { frontier, ...filter } };
}

/** The entities one hop from any of `frontier` (frontier nodes themselves may be among them). */
export async function expandNeighbors(executor: Executor, frontier: readonly string[], filter: NeighborFilter): Promise<GraphNodeRow[]> {
  if (frontier.length === 0) return [];
  const rows = await executor.read<{ node: GraphNodeRow }>(expandNeighborsQuery(frontier, filter), 'neighborhood-expand');
  return rows.map((r) => r.node);
}
