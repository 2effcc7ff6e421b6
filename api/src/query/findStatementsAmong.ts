import type { CypherQuery, Executor } from '../db/executor';
import { decodeCursor, pageOf } from './cursor';
import { sinceKey } from './dateKeys';
import { matchEntityById, statementFields } from './projections';
import type { PageRow, StatementRow } from './types';

// The entities are found by id (one labelled seek per id); the statements are reached from each entity's SAID relationships
// and kept when one of their subjects is another of the entities. Only dated statements: this is the evidence a time axis can
// place. Order and cursor are those of `statements`: saidAt, then the article date, then id, all newest first.
const MATCH = `
UNWIND $ids AS speakerId
${matchEntityById('speakerId', 'sp')}
MATCH (sp)-[:SAID]->(s:Statement)
WHERE s.saidAt IS NOT NULL AND ($since IS NULL OR s.saidAt >= $since) AND ($until IS NULL OR s.saidAt <= $until)
  AND EXISTS { MATCH (s)-[:ABOUT]->(o) WHERE o.id IN $ids AND o <> sp }
WITH DISTINCT s`;

const PAGE = `${MATCH}
WITH s, s.saidAt AS k1, coalesce(s.publishedAt, '') AS k2
WHERE $after IS NULL OR k1 < $after[0] OR (k1 = $after[0] AND (k2 < $after[1] OR (k2 = $after[1] AND s.id < $after[2])))
WITH s, k1, k2
ORDER BY k1 DESC, k2 DESC, s.id DESC
LIMIT toInteger($limit)
RETURN ${statementFields('s')} AS statement, k1, k2`;

const COUNT = `${MATCH}
RETURN count(s) AS total`;

/** Builds the page and count queries of the dated statements by one of `ids` about another of them. */
export function findStatementsAmongQueries(ids: string[], since: string | null, until: string | null, after: string[] | null, first: number): { page: CypherQuery; count: CypherQuery } {
  const params = { ids, since: since === null ? null : sinceKey(since), until, after, limit: first + 1 };
  return { page: { cypher: PAGE, params }, count: { cypher: COUNT, params } };
}

/**
 * One page of the dated statements whose speaker is one of `ids` and that are about another of `ids` (the evidence of the
 * SPOKE_ABOUT relationships among those entities, e.g. a graph view), newest first, with the total. A statement said by two
 * of the entities comes once. Throws BadUserInputError on a foreign cursor.
 */
export async function findStatementsAmong(
  executor: Executor, ids: string[], since: string | null, until: string | null, first: number, after: string | null,
): Promise<PageRow<StatementRow>> {
  const cursor = decodeCursor(after, 3);
  const q = findStatementsAmongQueries(ids, since, until, cursor, first);
  type Row = { statement: StatementRow; k1: string; k2: string };
  const [rows, count] = await Promise.all([
    executor.read<Row>(q.page, 'statements-among'),
    executor.read<{ total: number }>(q.count, 'statements-among-count'),
  ]);
  const page = pageOf(rows, first, (r) => [r.k1, r.k2, r.statement.id], count[0]?.total ?? 0);
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.statement })) };
}
