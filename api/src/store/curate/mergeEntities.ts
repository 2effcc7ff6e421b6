import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/executor';
import type { EntityKind } from '../../extract/types';
import { BadUserInputError, NotFoundError } from '../../errors/index';
import { labelOfId } from '../labels';
import { moveRelationships, rewriteEvidenceTargets } from './moveRelationships';
import { refreshAggregates } from './refreshAggregates';
import { snapshotEntity } from './snapshotEntity';

/** What a manual merge did, as recorded in its audit entry. */
export interface MergeReport {
  auditId: string;
  keepId: string;
  mergeId: string;
  relationshipsMoved: number;
  aliasesAdded: string[];
}

const FOLD_NODE = (label: EntityKind) => `
MATCH (k:${label} {id: $keepId})
MATCH (m:${label} {id: $mergeId})
WITH k, m, reduce(acc = [], x IN coalesce(m.aliases, []) + [m.name] |
  CASE WHEN x IN acc OR x IN coalesce(k.aliases, []) THEN acc ELSE acc + x END) AS fresh
SET k.aliases = coalesce(k.aliases, []) + fresh,
    k.mergedIds = coalesce(k.mergedIds, []) + $mergeId,
    k.curated = true
DETACH DELETE m
RETURN fresh`;

// Redirects let later ingests of the merged id (and of anything already redirected to it) land on the kept node.
const REDIRECT = `
MERGE (r:EntityRedirect {id: $mergeId}) SET r.to = $keepId
WITH r
MATCH (older:EntityRedirect {to: $mergeId}) SET older.to = $keepId`;

const AUDIT = `
CREATE (:EntityAudit {id: $auditId, action: 'merge', label: $label, keepId: $keepId, mergeId: $mergeId, by: $by,
                      at: datetime(), relationshipsMoved: $moved, keepSnapshot: $keepSnapshot, mergeSnapshot: $mergeSnapshot, rewrites: $rewrites,
                      undone: false})`;

/**
 * Merges entity `mergeId` into `keepId` in one transaction: every relationship and alias moves to the kept node, the merged id
 * redirects to it, the kept node's aggregates and SPOKE_ABOUT pairs are recomputed, and an EntityAudit entry records who, when and
 * what (with snapshots for undo). Throws BadUserInputError when the
 * ids differ in kind or are equal, NotFoundError when either is missing, DatabaseUnavailableError / DatabaseError on database failures.
 */
export async function mergeEntities(executor: Executor, keepId: string, mergeId: string, by: string): Promise<MergeReport> {
  const label = labelOfId(keepId);
  if (!label || label !== labelOfId(mergeId)) throw new BadUserInputError(`entities: ${keepId} and ${mergeId} must be ids of the same kind (person:…, country:…, org:…, treaty:…)`);
  if (keepId === mergeId) throw new BadUserInputError('entities: cannot merge an entity into itself');
  // Not-found travels out of the transaction as data: the executor wraps anything thrown inside it as a database error.
  const result = await executor.writeTransaction(async (tx): Promise<MergeReport | { missing: string }> => {
    const keep = await snapshotEntity(tx, label, keepId);
    if (!keep) return { missing: keepId };
    const merge = await snapshotEntity(tx, label, mergeId);
    if (!merge) return { missing: mergeId };
    const rewrites = await rewriteEvidenceTargets(tx, label, keepId, mergeId);
    const moved = await moveRelationships(tx, label, keepId, mergeId);
    const folded = await tx.run<{ fresh: string[] }>({ cypher: FOLD_NODE(label), params: { keepId, mergeId } });
    await refreshAggregates(tx, label, [keepId]);
    await tx.run({ cypher: REDIRECT, params: { keepId, mergeId } });
    const auditId = `audit:${randomUUID()}`;
    await tx.run({
      cypher: AUDIT,
      params: { auditId, label, keepId, mergeId, by, moved, keepSnapshot: JSON.stringify(keep), mergeSnapshot: JSON.stringify(merge), rewrites: JSON.stringify(rewrites) },
    });
    return { auditId, keepId, mergeId, relationshipsMoved: moved, aliasesAdded: folded[0]?.fresh ?? [] };
  }, 'entities-merge');
  if ('missing' in result) throw new NotFoundError(`entities: no ${label} with id ${result.missing}; check the id (diplograph entities merge <keepId> <mergeId>)`);
  return result;
}
