import type { CypherQuery, Executor } from '../db/executor';
import { labelOfId } from '../store/labels';
import { decodeCursor, pageOf } from './cursor';
import { articleFields } from './projections';
import type { ArticleRow, PageRow } from './types';

const articlesOf = (label: string) => `
MATCH (e:${label} {id: $id})<-[:MENTIONS]-(a:Article)
WITH a, coalesce(a.publishedAt, '') AS day
WHERE $after IS NULL OR day < $after[0] OR (day = $after[0] AND a.id < $after[1])
WITH a, day
ORDER BY day DESC, a.id DESC
LIMIT toInteger($limit)
RETURN ${articleFields('a')} AS article, day`;

// MENTIONS only ever come from articles, so the entity's degree is the count (read from the node, not by expanding).
const countOf = (label: string) => `MATCH (e:${label} {id: $id}) RETURN COUNT { (e)<-[:MENTIONS]-() } AS total`;

/** Builds the page query and the count query of the articles that mention an entity, newest first. */
export function findEntityArticlesQueries(id: string, first: number, after: string[] | null): { page: CypherQuery; count: CypherQuery } {
  const label = labelOfId(id) ?? 'Person';
  return { page: { cypher: articlesOf(label), params: { id, after, limit: first + 1 } }, count: { cypher: countOf(label), params: { id } } };
}

/** One page of the articles mentioning entity `id`, newest first; throws BadUserInputError on a foreign cursor. */
export async function findEntityArticles(executor: Executor, id: string, first: number, after: string | null): Promise<PageRow<ArticleRow>> {
  const queries = findEntityArticlesQueries(id, first, decodeCursor(after, 2));
  const [rows, count] = await Promise.all([
    executor.read<{ article: ArticleRow; day: string }>(queries.page, 'entity-articles'),
    executor.read<{ total: number }>(queries.count, 'entity-articles-count'),
  ]);
  const page = pageOf(rows, first, (r) => [r.day, r.article.id], count[0]?.total ?? 0);
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.article })) };
}
