import type { CypherQuery, Executor } from '../db/executor';
import { statementFields } from './projections';
import type { StatementRow } from './types';

const BY_IDS = `
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN ${statementFields('s')} AS statement`;

/** Builds the lookup of statements by id. */
export function findStatementsByIdsQuery(ids: readonly string[]): CypherQuery {
  return { cypher: BY_IDS, params: { ids: [...new Set(ids)] } };
}

/** The statements with these ids, by id; missing ids are absent from the map. */
export async function findStatementsByIds(executor: Executor, ids: readonly string[]): Promise<Map<string, StatementRow>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.read<{ statement: StatementRow }>(findStatementsByIdsQuery(ids), 'statements-by-id');
  return new Map(rows.map((r) => [r.statement.id, r.statement]));
}
