import type { TransactionRunner } from '../../db/executor';
import type { EntityKind } from '../../extract/types';
import { recomputeEntityAggregates } from '../queries/entityAggregates';
import { readEntityPairs, recomputePairs, type SpokePair } from '../queries/spokeAbout';

// A merge can make a statement's speaker also its subject; such a pair has no SPOKE_ABOUT.
const DELETE_SELF_PAIRS = (label: EntityKind) => `
MATCH (k:${label}) WHERE k.id IN $ids
MATCH (k)-[r:SPOKE_ABOUT]->(k)
DELETE r`;

/**
 * After a manual merge or its undo, recomputes from scratch, in the caller's transaction, the aggregates of the given entities
 * (mentionCount, articleCount, firstSeen, lastSeen) and the SPOKE_ABOUT of every pair they take part in.
 */
export async function refreshAggregates(tx: TransactionRunner, label: EntityKind, ids: string[]): Promise<void> {
  await tx.run({ cypher: DELETE_SELF_PAIRS(label), params: { ids } });
  await recomputeEntityAggregates(tx, ids.map((id) => ({ label, id })));
  const pairs: SpokePair[] = [];
  for (const id of ids) pairs.push(...(await readEntityPairs(tx, label, id)));
  await recomputePairs(tx, pairs);
}
