import type { TransactionRunner, WriteStats } from '../../db/executor';
import type { OrphanCandidate } from './clearArticleFacts';
import { matchEntityByKind } from './matchEntity';

const REMOVE_ORPHANS = `
UNWIND $rows AS row
${matchEntityByKind('label', 'id')}
WITH e WHERE NOT ()-[:MENTIONS]->(e) AND NOT coalesce(e.curated, false)
DETACH DELETE e`;

/** Deletes those candidates no article mentions any more, unless curated by hand; returns the write counters. */
export async function removeOrphans(tx: TransactionRunner, candidates: OrphanCandidate[]): Promise<WriteStats | null> {
  if (candidates.length === 0) return null;
  return (await tx.runWithStats({ cypher: REMOVE_ORPHANS, params: { rows: candidates } })).stats;
}
