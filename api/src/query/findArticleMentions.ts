import type { CypherQuery, Executor } from '../db/executor';
import { entityFields } from './projections';
import type { EntityRow, MentionRow } from './types';

const MENTIONS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})-[m:MENTIONS]->(e)
WHERE size(coalesce(m.starts, [])) > 0
RETURN a.id AS articleId, m.starts AS starts, m.ends AS ends, m.texts AS texts, ${entityFields('e')} AS entity`;

/** Builds the query of the entity mentions (spans and surface forms) of the given articles. */
export function findArticleMentionsQuery(articleIds: readonly string[]): CypherQuery {
  return { cypher: MENTIONS, params: { ids: [...new Set(articleIds)] } };
}

/** Every mention of the given articles, per article id, in text order (articles without mentions map to nothing). */
export async function findArticleMentions(executor: Executor, articleIds: readonly string[]): Promise<Map<string, MentionRow[]>> {
  const rows = await executor.read<{ articleId: string; starts: number[]; ends: number[]; texts: string[]; entity: EntityRow }>(
    findArticleMentionsQuery(articleIds),
    'article-mentions',
  );
  const out = new Map<string, MentionRow[]>();
  for (const row of rows) {
    const list = out.get(row.articleId) ?? [];
    row.starts.forEach((start, i) => list.push({ entity: row.entity, start, end: row.ends[i]!, text: row.texts[i]! }));
    out.set(row.articleId, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}
