import type { CypherQuery, Executor } from '../db/executor';
import { articleFields } from './projections';
import type { ArticleRow } from './types';

const BY_IDS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN ${articleFields('a')} AS article`;

/** Builds the lookup of articles by id. */
export function findArticlesByIdsQuery(ids: readonly string[]): CypherQuery {
  return { cypher: BY_IDS, params: { ids: [...new Set(ids)] } };
}

/** The articles with these ids, by id; missing ids are absent from the map. */
export async function findArticlesByIds(executor: Executor, ids: readonly string[]): Promise<Map<string, ArticleRow>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.read<{ article: ArticleRow }>(findArticlesByIdsQuery(ids), 'articles-by-id');
  return new Map(rows.map((r) => [r.article.id, r.article]));
}
