import type { TransactionRunner, WriteStats } from '../../db/executor';
import type { EntityKind } from '../../extract/types';
import { ENTITY_LABELS } from '../labels';
import { matchEntityByKind } from './matchEntity';

/** A speaker → subject pair of a `SPOKE_ABOUT` relationship, by label and id. */
export interface SpokePair {
  speakerKind: EntityKind;
  speakerId: string;
  subjectKind: EntityKind;
  subjectId: string;
}

/** What a batch's new statements add to one pair: statements, tone sum and count (non-null tones), earliest and latest date. */
export interface SpokeDelta extends SpokePair {
  count: number;
  toneSum: number;
  toneCount: number;
  first: string | null;
  last: string | null;
}

/**
 * The aggregate of the statements `s` of one pair (group by speaker and subject), shared by the write paths, `check` and
 * migration 004. Tone sums are rounded to 6 decimals so that a sum built up article by article and one recomputed in another
 * order are the same number (Goldstein tones have one decimal).
 */
export const SPOKE_AGGREGATE = `count(s) AS n, round(sum(s.tone), 6) AS toneSum, count(s.tone) AS toneCount,
     min(coalesce(s.saidAt, s.publishedAt)) AS first, max(coalesce(s.saidAt, s.publishedAt)) AS last`;

const labelOf = (v: string) => `[l IN labels(${v}) WHERE l IN $labels][0]`;

const ARTICLE_PAIRS = `
MATCH (a:Article) WHERE a.id IN $ids
MATCH (a)<-[:REPORTED_IN]-(s:Statement)<-[:SAID]-(sp)
MATCH (s)-[:ABOUT]->(sub) WHERE sub <> sp
WITH DISTINCT sp, sub
RETURN ${labelOf('sp')} AS speakerKind, sp.id AS speakerId, ${labelOf('sub')} AS subjectKind, sub.id AS subjectId`;

const ENTITY_PAIRS = (label: EntityKind) => `
MATCH (k:${label} {id: $id})
CALL (k) {
  MATCH (k)-[:SAID]->(:Statement)-[:ABOUT]->(o) RETURN k AS sp, o AS sub
  UNION
  MATCH (k)<-[:ABOUT]-(:Statement)<-[:SAID]-(o) RETURN o AS sp, k AS sub
  UNION
  MATCH (k)-[:SPOKE_ABOUT]->(o) RETURN k AS sp, o AS sub
  UNION
  MATCH (k)<-[:SPOKE_ABOUT]-(o) RETURN o AS sp, k AS sub
}
WITH sp, sub WHERE sp <> sub
RETURN ${labelOf('sp')} AS speakerKind, sp.id AS speakerId, ${labelOf('sub')} AS subjectKind, sub.id AS subjectId`;

const MATCH_PAIR = `
UNWIND $rows AS row
${matchEntityByKind('speakerKind', 'speakerId', ENTITY_LABELS, 'sp')}
${matchEntityByKind('subjectKind', 'subjectId', ENTITY_LABELS, 'sub')}
WITH row, sp, sub WHERE sp <> sub`;

// The pair's statements are found from whichever end has fewer of them (degrees are read from the store, not counted), so a
// pair of a country with 10,000 statements and a person with 3 costs 3 expansions, not 10,000.
const RECOMPUTE_PAIRS = `
${MATCH_PAIR}
WITH DISTINCT sp, sub
WITH sp, sub, COUNT { (sp)-[:SAID]->() } <= COUNT { (sub)<-[:ABOUT]-() } AS fromSpeaker
OPTIONAL CALL (sp, sub, fromSpeaker) {
  WITH sp, sub WHERE fromSpeaker
  MATCH (sp)-[:SAID]->(s:Statement) WHERE EXISTS { (s)-[:ABOUT]->(sub) }
  RETURN s
  UNION ALL
  WITH sp, sub WHERE NOT fromSpeaker
  MATCH (sub)<-[:ABOUT]-(s:Statement) WHERE EXISTS { (sp)-[:SAID]->(s) }
  RETURN s
}
WITH sp, sub, ${SPOKE_AGGREGATE}
OPTIONAL MATCH (sp)-[old:SPOKE_ABOUT]->(sub)
FOREACH (_ IN CASE WHEN n = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
FOREACH (_ IN CASE WHEN n > 0 THEN [1] ELSE [] END |
  MERGE (sp)-[r:SPOKE_ABOUT]->(sub)
  SET r.count = n, r.toneSum = toneSum, r.toneCount = toneCount, r.tone = CASE WHEN toneCount > 0 THEN toneSum / toneCount END,
      r.firstSeen = first, r.lastSeen = last)`;

// Each pair appears once per query (the deltas are grouped by pair), so reading r before setting it is safe. JavaScript numbers
// arrive as floats: counts are made integers again.
const ADD_DELTAS = `
${MATCH_PAIR}
MERGE (sp)-[r:SPOKE_ABOUT]->(sub)
ON CREATE SET r.count = 0, r.toneSum = 0.0, r.toneCount = 0
WITH r, row, r.count + toInteger(row.count) AS n, round(r.toneSum + row.toneSum, 6) AS toneSum, r.toneCount + toInteger(row.toneCount) AS toneCount
SET r.count = n, r.toneSum = toneSum, r.toneCount = toneCount, r.tone = CASE WHEN toneCount > 0 THEN toneSum / toneCount END,
    r.firstSeen = CASE WHEN row.first IS NULL THEN r.firstSeen WHEN r.firstSeen IS NULL OR row.first < r.firstSeen THEN row.first ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN row.last IS NULL THEN r.lastSeen WHEN r.lastSeen IS NULL OR row.last > r.lastSeen THEN row.last ELSE r.lastSeen END`;

/** The speaker → subject pairs of the statements the given articles report now (read before their facts are cleared). */
export async function readArticlePairs(tx: TransactionRunner, articleIds: string[]): Promise<SpokePair[]> {
  if (articleIds.length === 0) return [];
  return tx.run<SpokePair & Record<string, unknown>>({ cypher: ARTICLE_PAIRS, params: { ids: articleIds, labels: ENTITY_LABELS } });
}

/** Every pair one entity takes part in, as speaker or subject, by its statements or by an existing SPOKE_ABOUT (for curation). */
export async function readEntityPairs(tx: TransactionRunner, label: EntityKind, id: string): Promise<SpokePair[]> {
  return tx.run<SpokePair & Record<string, unknown>>({ cypher: ENTITY_PAIRS(label), params: { id, labels: ENTITY_LABELS } });
}

/** Recomputes the SPOKE_ABOUT of each pair from its statements: creates, updates, or deletes it when no statement is left. Missing nodes are skipped. */
export async function recomputePairs(tx: TransactionRunner, pairs: SpokePair[]): Promise<WriteStats | null> {
  if (pairs.length === 0) return null;
  return (await tx.runWithStats({ cypher: RECOMPUTE_PAIRS, params: { rows: uniquePairs(pairs) } })).stats;
}

/** Adds new statements' aggregates to their pairs' SPOKE_ABOUT (creating it); exact only for pairs none of whose statements were removed. */
export async function addSpokeDeltas(tx: TransactionRunner, deltas: SpokeDelta[]): Promise<WriteStats | null> {
  if (deltas.length === 0) return null;
  return (await tx.runWithStats({ cypher: ADD_DELTAS, params: { rows: deltas } })).stats;
}

/** The key that identifies a pair (entity ids are unique across labels). */
export function pairKey(p: SpokePair): string {
  return `${p.speakerId}\u0000${p.subjectId}`;
}

function uniquePairs(pairs: SpokePair[]): SpokePair[] {
  const out = new Map<string, SpokePair>();
  for (const p of pairs) {
    if (p.speakerId === p.subjectId || !p.speakerKind || !p.subjectKind) continue;
    const { speakerKind, speakerId, subjectKind, subjectId } = p;
    out.set(pairKey(p), { speakerKind, speakerId, subjectKind, subjectId });
  }
  return [...out.values()];
}
