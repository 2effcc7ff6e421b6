import type { CypherQuery, Executor } from '../db/executor';
import { edgeFields, GRAPH_REL_TYPES, matchEntityById } from './projections';
import type { EdgeRow } from './types';

// Each relationship is found once, from its start node; its other end must be among the nodes too.
const EDGES = `
UNWIND $ids AS id
${matchEntityById('id', 'e')}
MATCH (e)-[r:${GRAPH_REL_TYPES}]->(n)
WHERE n.id IN $ids
  AND ($since IS NULL OR r.lastSeen >= $since) AND ($until IS NULL OR r.firstSeen <= $until)
RETURN ${edgeFields('r')} AS edge`;

/** Builds the query of the graph-view relationships between the given entities, within an optional window of evidence dates. */
export function findEdgesAmongQuery(ids: readonly string[], since: string | null, until: string | null): CypherQuery {
  return { cypher: EDGES, params: { ids: [...new Set(ids)], since, until } };
}

/** Every graph-view relationship whose two ends are among `ids`, ordered by type, source, target. */
export async function findEdgesAmong(executor: Executor, ids: readonly string[], since: string | null, until: string | null): Promise<EdgeRow[]> {
  if (ids.length === 0) return [];
  const rows = await executor.read<{ edge: EdgeRow }>(findEdgesAmongQuery(ids, since, until), 'neighborhood-edges');
  return rows.map((r) => r.edge).sort(compareEdges);
}

/** Orders edges by type, source, target and title, so answers are stable. */
export function compareEdges(a: EdgeRow, b: EdgeRow): number {
  return a.type.localeCompare(b.type) || a.source.localeCompare(b.source) || a.target.localeCompare(b.target) || (a.titleKey ?? '').localeCompare(b.titleKey ?? '');
}
