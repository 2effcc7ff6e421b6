import type { TransactionRunner, WriteStats } from '../../db/executor';
import type { EntityKind } from '../../extract/types';
import { matchEntityByKind } from './matchEntity';

/**
 * The aggregates of an entity `e` from its supporting articles, shared by the write paths, `check` and migration 004:
 * `articleCount` (MENTIONS), `mentionCount` (their spans), `firstSeen`/`lastSeen` (publication dates; null when none has one).
 */
export const ENTITY_AGGREGATE = `
CALL (e) {
  OPTIONAL MATCH (e)<-[m:MENTIONS]-(a:Article)
  RETURN count(m) AS articles, sum(size(m.starts)) AS spans, min(a.publishedAt) AS first, max(a.publishedAt) AS last
}`;

const RECOMPUTE = `
UNWIND $rows AS row
${matchEntityByKind('label', 'id')}
WITH DISTINCT e
${ENTITY_AGGREGATE}
SET e.articleCount = articles, e.mentionCount = spans, e.firstSeen = first, e.lastSeen = last`;

/** Recomputes mentionCount, articleCount, firstSeen and lastSeen of the given entities from their MENTIONS; missing ones are skipped. */
export async function recomputeEntityAggregates(tx: TransactionRunner, entities: Array<{ label: EntityKind; id: string }>): Promise<WriteStats | null> {
  if (entities.length === 0) return null;
  return (await tx.runWithStats({ cypher: RECOMPUTE, params: { rows: entities.map(({ label, id }) => ({ label, id })) } })).stats;
}
