import type { CypherQuery, Executor } from '../db/executor';
import { statementFields } from './projections';
import type { StatementRow } from './types';

const STATEMENTS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})<-[:REPORTED_IN]-(s:Statement)
RETURN ${statementFields('s')} AS statement
ORDER BY s.start, s.id`;

/** Builds the query of the statements reported in the given articles. */
export function findArticleStatementsQuery(articleIds: readonly string[]): CypherQuery {
  return { cypher: STATEMENTS, params: { ids: [...new Set(articleIds)] } };
}

/** The statements of the given articles, per article id, in text order. */
export async function findArticleStatements(executor: Executor, articleIds: readonly string[]): Promise<Map<string, StatementRow[]>> {
  const rows = await executor.read<{ statement: StatementRow }>(findArticleStatementsQuery(articleIds), 'article-statements');
  const out = new Map<string, StatementRow[]>();
  for (const { statement } of rows) out.set(statement.articleId, [...(out.get(statement.articleId) ?? []), statement]);
  return out;
}
