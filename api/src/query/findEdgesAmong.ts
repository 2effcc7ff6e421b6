import type { CypherQuery, Executor } from '../db/executor';
import { edgeFields, GRAPH_REL_TYPES, matchEntityById } from './projections';
import type { EdgeRow } from './types';

// The relationships of the given nodes (`$from`) whose other end is among `$among`, each once whichever end it was reached from.
const EDGES = `
UNWIND $from AS id
${matchEntityById('id', 'e')}
MATCH (e)-[r:${GRAPH_REL_TYPES}]-(n)
WHERE n.id IN $among
  AND ($since IS NULL OR r.lastSeen >= $since) AND ($until IS NULL OR r.firstSeen <= $until)
WITH DISTINCT r
RETURN ${edgeFields('r')} AS edge`;

/** Builds the query of the graph-view relationships between `from` and `among` (`from` ⊆ `among`), within an optional window of evidence dates. */
export function findEdgesAmongQuery(from: readonly string[], among: readonly string[], since: string | null, until: string | null): CypherQuery {
  return { cypher: EDGES, params: { from: [...new Set(from)], among: [...new Set(among)], since, until } };
}

/** Every graph-view relationship with one end in `from` and the other in `among`, ordered by type, source, target. */
export async function findEdgesAmong(executor: Executor, from: readonly string[], among: readonly string[], since: string | null, until: string | null): Promise<EdgeRow[]> {
  if (from.length === 0) return [];
  const rows = await executor.read<{ edge: EdgeRow }>(findEdgesAmongQuery(from, among, since, until), 'neighborhood-edges');
  return rows.map((r) => r.edge).sort(compareEdges);
}

/** Orders edges by type, source, target and title, so answers are stable. */
export function compareEdges(a: EdgeRow, b: EdgeRow): number {
  return a.type.localeCompare(b.type) || a.source.localeCompare(b.source) || a.target.localeCompare(b.target) || (a.titleKey ?? '').localeCompare(b.titleKey ?? '');
}
