import type { TransactionRunner, WriteStats } from '../../db/executor';
import type { EntityKind } from '../../extract/types';
import { ENTITY_LABELS } from '../labels';
import { recomputeEntityAggregates } from './entityAggregates';
import { readArticlePairs, type SpokePair } from './spokeAbout';

/** An entity that lost a mention and may now be an orphan. */
export interface OrphanCandidate {
  label: EntityKind;
  id: string;
}

const EXISTING = `
MATCH (a:Article) WHERE a.id IN $ids
RETURN a.id AS id`;

const DELETE_STATEMENTS = `
MATCH (a:Article) WHERE a.id IN $ids
MATCH (a)<-[:REPORTED_IN]-(s:Statement)
DETACH DELETE s`;

// Each supporting MENTIONS carries its article's evidence for one kind of fact (see writeFacts). Removing an article decrements
// the fact's count, and recomputes first/last seen only when the article's date was one of them (rarely), from the other mentions.
interface EvidenceSpec {
  label: 'Person' | 'Treaty' | 'Organization';
  /** The MENTIONS list that names the fact's other end. */
  targets: string;
  /** Optional second list that keys the fact (a role's folded title). */
  keys: string | null;
  /** The fact relationship `r` between the mentioned node `x` and `o`. */
  pattern: string;
}

const EVIDENCE: EvidenceSpec[] = [
  { label: 'Person', targets: 'roleTargets', keys: 'roleKeys', pattern: '(x)-[r:HOLDS_ROLE {titleKey: key}]->(o)' },
  { label: 'Treaty', targets: 'partyTargets', keys: null, pattern: '(x)<-[r:PARTY_TO]-(o)' },
  { label: 'Organization', targets: 'partOfTargets', keys: null, pattern: '(x)-[r:PART_OF]->(o)' },
];

const countDown = ({ label, targets, keys, pattern }: EvidenceSpec) => `
MATCH (a:Article) WHERE a.id IN $ids
MATCH (a)-[m:MENTIONS]->(x:${label}) WHERE size(coalesce(m.${targets}, [])) > 0
UNWIND range(0, size(m.${targets}) - 1) AS i
WITH x, ${keys ? `m.${keys}[i]` : "''"} AS key, m.${targets}[i] AS target, a.publishedAt AS seen
MATCH ${pattern} WHERE o.id = target
WITH r, x, key, target, count(*) AS removed, collect(seen) AS dates
SET r.articleCount = r.articleCount - removed
WITH r, x, key, target, dates WHERE r.articleCount > 0 AND (r.firstSeen IN dates OR r.lastSeen IN dates)
CALL (r, x, key, target) {
  MATCH (x)<-[m2:MENTIONS]-(a2:Article)
  WHERE NOT a2.id IN $ids AND a2.publishedAt IS NOT NULL
    AND any(j IN range(0, size(coalesce(m2.${targets}, [])) - 1) WHERE m2.${targets}[j] = target ${keys ? `AND m2.${keys}[j] = key` : ''})
  RETURN min(a2.publishedAt) AS first, max(a2.publishedAt) AS last
}
SET r.firstSeen = first, r.lastSeen = last`;

const deleteUnsupported = ({ label, pattern }: EvidenceSpec) => `
MATCH (a:Article) WHERE a.id IN $ids
MATCH (a)-[:MENTIONS]->(x:${label})
MATCH ${pattern.replace(' {titleKey: key}', '')} WHERE r.articleCount <= 0
WITH DISTINCT r
DELETE r`;

// The entity aggregates lose what the articles contributed; first/last seen are recomputed (next query) only when one of
// the removed articles' dates was one of them, so the common case stays constant-time.
const DELETE_MENTIONS = `
MATCH (a:Article) WHERE a.id IN $ids
MATCH (a)-[m:MENTIONS]->(e)
WITH e, collect(m) AS ms, sum(size(m.starts)) AS spans, collect(a.publishedAt) AS dates
SET e.articleCount = coalesce(e.articleCount, 0) - size(ms), e.mentionCount = coalesce(e.mentionCount, 0) - spans
FOREACH (m IN ms | DELETE m)
RETURN DISTINCT [l IN labels(e) WHERE l IN $labels][0] AS label, e.id AS id, coalesce(e.firstSeen IN dates OR e.lastSeen IN dates, false) AS datesTouched`;

/**
 * Removes every fact the given articles contributed (statements, their support of roles/parties/part-of, mentions), leaving the Article nodes;
 * and keeps the aggregates of the entities that lost a mention exact. Returns which articles already existed, the entities that lost
 * a mention (orphan candidates), the speaker → subject pairs their statements had (for the caller to recompute SPOKE_ABOUT once
 * its own writes are done) and the write counters.
 */
export async function clearArticleFacts(
  tx: TransactionRunner,
  ids: string[],
): Promise<{ existing: Set<string>; candidates: OrphanCandidate[]; pairs: SpokePair[]; stats: WriteStats[] }> {
  const existingRows = await tx.run<{ id: string }>({ cypher: EXISTING, params: { ids } });
  const existing = new Set(existingRows.map((r) => r.id));
  if (existing.size === 0) return { existing, candidates: [], pairs: [], stats: [] };
  const known = [...existing];
  const stats: WriteStats[] = [];
  const pairs = await readArticlePairs(tx, known);
  stats.push((await tx.runWithStats({ cypher: DELETE_STATEMENTS, params: { ids: known } })).stats);
  for (const spec of EVIDENCE) {
    stats.push((await tx.runWithStats({ cypher: countDown(spec), params: { ids: known } })).stats);
    stats.push((await tx.runWithStats({ cypher: deleteUnsupported(spec), params: { ids: known } })).stats);
  }
  const deleted = await tx.runWithStats<OrphanCandidate & { datesTouched: boolean }>({ cypher: DELETE_MENTIONS, params: { ids: known, labels: ENTITY_LABELS } });
  stats.push(deleted.stats);
  const candidates = deleted.rows.filter((r) => r.label);
  const dated = await recomputeEntityAggregates(tx, candidates.filter((c) => c.datesTouched));
  if (dated) stats.push(dated);
  return { existing, candidates: candidates.map(({ label, id }) => ({ label, id })), pairs, stats };
}
