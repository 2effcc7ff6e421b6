import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/executor';
import { BadUserInputError } from '../../errors/index';
import type { EntityKind } from '../../extract/types';
import type { EvidenceRewrite } from './moveRelationships';
import { refreshAggregates } from './refreshAggregates';
import { restoreRelationships, type EntitySnapshot } from './snapshotEntity';

const LAST_MERGE = `
MATCH (a:EntityAudit {action: 'merge', undone: false})
RETURN a.id AS id, a.keepId AS keepId, a.mergeId AS mergeId, a.keepSnapshot AS keepSnapshot, a.mergeSnapshot AS mergeSnapshot, a.rewrites AS rewrites,
       toString(a.at) AS at, COUNT { (x:Article) WHERE x.storedAt > a.at } AS storedSince
ORDER BY a.at DESC LIMIT 1`;

const RESET_KEEP = (label: EntityKind) => `
MATCH (k:${label} {id: $id})
OPTIONAL MATCH (k)-[r]-()
DELETE r
WITH DISTINCT k
SET k = $props`;

// Evidence lists on other nodes' mentions that the merge pointed at the kept id get their old values back.
const RESTORE_EVIDENCE = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})-[mm:MENTIONS]->(x) WHERE x.id = row.entityId
SET mm += row.props`;

const RECREATE = (label: EntityKind) => `CREATE (m:${label}) SET m = $props`;

const FINISH = `
MATCH (a:EntityAudit {id: $auditId}) SET a.undone = true
WITH a
OPTIONAL MATCH (r:EntityRedirect {id: a.mergeId}) DELETE r
WITH a
UNWIND $bothIds AS articleId
MATCH (x:Article {id: articleId}) SET x.entityCount = x.entityCount + 1`;

const UNDO_AUDIT = `CREATE (:EntityAudit {id: $id, action: 'undo-merge', undoes: $auditId, keepId: $keepId, mergeId: $mergeId, by: $by, at: datetime()})`;

/**
 * Undoes the most recent manual merge that is not undone yet, from the snapshots in its audit entry: both nodes get back their
 * properties and relationships, and their aggregates and SPOKE_ABOUT pairs are recomputed. Refuses (BadUserInputError) when there is no merge to undo or articles were stored since, because
 * the snapshots would drop their facts.
 */
export async function undoLastMerge(executor: Executor, by: string): Promise<{ keepId: string; mergeId: string; auditId: string }> {
  const result = await executor.writeTransaction(async (tx): Promise<{ refused: string } | { keepId: string; mergeId: string; auditId: string }> => {
    const last = (await tx.run<{ id: string; keepId: string; mergeId: string; keepSnapshot: string; mergeSnapshot: string; rewrites: string | null; storedSince: number }>({ cypher: LAST_MERGE }))[0];
    if (!last) return { refused: 'entities: there is no merge to undo' };
    if (last.storedSince > 0) {
      return { refused: `entities: ${last.storedSince} articles were stored after the merge of ${last.mergeId} into ${last.keepId}; undo would lose their facts. Merge by hand in reverse or re-ingest instead` };
    }
    const keep = JSON.parse(last.keepSnapshot) as EntitySnapshot;
    const merge = JSON.parse(last.mergeSnapshot) as EntitySnapshot;
    await tx.run({ cypher: RESET_KEEP(keep.label), params: { id: keep.id, props: keep.props } });
    await tx.run({ cypher: RECREATE(merge.label), params: { props: merge.props } });
    await restoreRelationships(tx, keep);
    await restoreRelationships(tx, merge);
    const rewrites = JSON.parse(last.rewrites ?? '[]') as EvidenceRewrite[];
    if (rewrites.length) await tx.run({ cypher: RESTORE_EVIDENCE, params: { rows: rewrites.map((r) => ({ ...r, props: { [r.field]: r.old } })) } });
    const articlesOf = (s: EntitySnapshot) => new Set(s.relationships.filter((r) => r.type === 'MENTIONS').map((r) => r.otherId));
    const keepArticles = articlesOf(keep);
    const bothIds = [...articlesOf(merge)].filter((id) => keepArticles.has(id));
    await tx.run({ cypher: FINISH, params: { auditId: last.id, bothIds } });
    // The snapshots skip SPOKE_ABOUT (derived) and hold the aggregates of merge time: recompute both from the restored facts.
    await refreshAggregates(tx, keep.label, [keep.id, merge.id]);
    await tx.run({ cypher: UNDO_AUDIT, params: { id: `audit:${randomUUID()}`, auditId: last.id, keepId: last.keepId, mergeId: last.mergeId, by } });
    return { keepId: last.keepId, mergeId: last.mergeId, auditId: last.id };
  }, 'entities-undo-merge');
  if ('refused' in result) throw new BadUserInputError(result.refused);
  return result;
}
