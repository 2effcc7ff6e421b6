import type { Executor } from '../db/executor';
import { clearArticleFacts } from './queries/clearArticleFacts';
import { removeOrphans } from './queries/removeOrphans';
import { recomputePairs } from './queries/spokeAbout';

const DELETE_ARTICLE = `MATCH (a:Article {id: $id}) DETACH DELETE a`;

// Treaty status follows its most recent stating article; recompute it from the articles that remain.
const RECOMPUTE_TREATIES = `
UNWIND $ids AS id
MATCH (t:Treaty {id: id})
OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(t) WHERE m.status IS NOT NULL OR m.signedAt IS NOT NULL
WITH t, a, m ORDER BY coalesce(a.publishedAt, '') DESC
WITH t, collect(m)[0] AS latest, collect(a)[0] AS from
SET t.status = latest.status, t.signedAt = latest.signedAt, t.factsSeen = coalesce(from.publishedAt, CASE WHEN latest IS NULL THEN null ELSE '' END)`;

/** What deleting an article removed. */
export interface DeleteReport {
  found: boolean;
  entitiesRemoved: number;
  relationshipsDeleted: number;
  nodesDeleted: number;
}

/**
 * Deletes an article and, in the same transaction, every fact only it supported: its statements, its mentions, its share of
 * role/party/part-of evidence, and entities no other article mentions (unless curated); entity aggregates and the SPOKE_ABOUT
 * pairs of its statements are brought up to date. Returns found=false when there is no such article.
 */
export async function deleteArticle(executor: Executor, id: string): Promise<DeleteReport> {
  return executor.writeTransaction(async (tx) => {
    const cleared = await clearArticleFacts(tx, [id]);
    if (!cleared.existing.has(id)) return { found: false, entitiesRemoved: 0, relationshipsDeleted: 0, nodesDeleted: 0 };
    const deleted = await tx.runWithStats({ cypher: DELETE_ARTICLE, params: { id } });
    const orphans = await removeOrphans(tx, cleared.candidates);
    const pairs = await recomputePairs(tx, cleared.pairs);
    const treaties = cleared.candidates.filter((c) => c.label === 'Treaty').map((c) => c.id);
    if (treaties.length) await tx.run({ cypher: RECOMPUTE_TREATIES, params: { ids: treaties } });
    const all = [...cleared.stats, deleted.stats, ...(orphans ? [orphans] : []), ...(pairs ? [pairs] : [])];
    return {
      found: true,
      entitiesRemoved: orphans?.nodesDeleted ?? 0,
      relationshipsDeleted: all.reduce((s, x) => s + x.relationshipsDeleted, 0),
      nodesDeleted: all.reduce((s, x) => s + x.nodesDeleted, 0),
    };
  }, 'article-delete');
}
