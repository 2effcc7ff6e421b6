import type { TransactionRunner, WriteStats } from '../../db/executor';
import type { EntityKind } from '../../extract/types';
import { ENTITY_LABELS } from '../labels';
import { emptySpokeDays, mergeSpokeDays, type SpokeDays } from '../spokeDays';
import { matchEntityByKind } from './matchEntity';

/** A speaker → subject pair of a `SPOKE_ABOUT` relationship, by label and id. */
export interface SpokePair {
  speakerKind: EntityKind;
  speakerId: string;
  subjectKind: EntityKind;
  subjectId: string;
}

/** What a batch's new statements add to one pair: statements, tone sum and count (non-null tones), earliest and latest date, and their day arrays. */
export interface SpokeDelta extends SpokePair {
  count: number;
  toneSum: number;
  toneCount: number;
  first: string | null;
  last: string | null;
  days: SpokeDays;
}

/**
 * The aggregate of the statements `s` of one pair (group by speaker and subject), shared by the write paths, `check` and
 * migration 004. Tone sums are rounded to 6 decimals so that a sum built up article by article and one recomputed in another
 * order are the same number (Goldstein tones have one decimal).
 */
export const SPOKE_AGGREGATE = `count(s) AS n, round(sum(s.tone), 6) AS toneSum, count(s.tone) AS toneCount,
     min(coalesce(s.saidAt, s.publishedAt)) AS first, max(coalesce(s.saidAt, s.publishedAt)) AS last`;

/** A stored date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) in Cypher as the first day of its period (`dayOf` in spokeDays.ts). */
export const DAY_OF = (date: string) => `CASE size(${date}) WHEN 4 THEN ${date} + '-01-01' WHEN 7 THEN ${date} + '-01' ELSE left(${date}, 10) END`;

/**
 * Two subqueries over a list of statements `ss` that return the day arrays of `SpokeDays` (spokeDays.ts): per day of `saidAt`,
 * count, tone sum (6 decimals), tone count, lowest and highest tone (0.0 without tones), and per day and category code a count.
 * Shared by RECOMPUTE_PAIRS and `check`; migration 009 holds a copy.
 */
export const SPOKE_DAYS = (ss: string) => `
CALL (${ss}) {
  UNWIND ${ss} AS s
  WITH s WHERE s.saidAt IS NOT NULL
  WITH ${DAY_OF('s.saidAt')} AS day, s
  WITH day, count(s) AS n, round(sum(s.tone), 6) AS ts, count(s.tone) AS tc, coalesce(min(s.tone), 0.0) AS lo, coalesce(max(s.tone), 0.0) AS hi
  ORDER BY day
  RETURN collect(day) AS days, collect(n) AS dayCounts, collect(ts) AS dayToneSums, collect(tc) AS dayToneCounts,
         collect(lo) AS dayMinTones, collect(hi) AS dayMaxTones
}
CALL (${ss}) {
  UNWIND ${ss} AS s
  WITH s WHERE s.saidAt IS NOT NULL AND s.categoryCode IS NOT NULL
  WITH ${DAY_OF('s.saidAt')} + '|' + s.categoryCode AS key, count(s) AS n
  ORDER BY key
  RETURN collect(key) AS dayCategoryKeys, collect(n) AS dayCategoryCounts
}`;

/** The day-array properties of a SPOKE_ABOUT, in the order of `SpokeDays`. */
export const SPOKE_DAY_FIELDS = ['days', 'dayCounts', 'dayToneSums', 'dayToneCounts', 'dayMinTones', 'dayMaxTones', 'dayCategoryKeys', 'dayCategoryCounts'] as const;

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
WITH sp, sub, ${SPOKE_AGGREGATE}, collect(s) AS ss
${SPOKE_DAYS('ss')}
OPTIONAL MATCH (sp)-[old:SPOKE_ABOUT]->(sub)
FOREACH (_ IN CASE WHEN n = 0 AND old IS NOT NULL THEN [1] ELSE [] END | DELETE old)
FOREACH (_ IN CASE WHEN n > 0 THEN [1] ELSE [] END |
  MERGE (sp)-[r:SPOKE_ABOUT]->(sub)
  SET r.count = n, r.toneSum = toneSum, r.toneCount = toneCount, r.tone = CASE WHEN toneCount > 0 THEN toneSum / toneCount END,
      r.firstSeen = first, r.lastSeen = last, r.days = days, r.dayCounts = dayCounts, r.dayToneSums = dayToneSums,
      r.dayToneCounts = dayToneCounts, r.dayMinTones = dayMinTones, r.dayMaxTones = dayMaxTones, r.dayCategoryKeys = dayCategoryKeys,
      r.dayCategoryCounts = dayCategoryCounts)`;

// The stored day arrays of the pairs a batch adds to (none for a pair without SPOKE_ABOUT yet).
const READ_DAYS = `
${MATCH_PAIR}
MATCH (sp)-[r:SPOKE_ABOUT]->(sub)
RETURN row.speakerId AS speakerId, row.subjectId AS subjectId, ${SPOKE_DAY_FIELDS.map((f) => `coalesce(r.${f}, []) AS ${f}`).join(', ')}`;

// Each pair appears once per query (the deltas are grouped by pair), so reading r before setting it is safe. JavaScript numbers
// arrive as floats: counts are made integers again.
const ADD_DELTAS = `
${MATCH_PAIR}
MERGE (sp)-[r:SPOKE_ABOUT]->(sub)
ON CREATE SET r.count = 0, r.toneSum = 0.0, r.toneCount = 0
WITH r, row, r.count + toInteger(row.count) AS n, round(r.toneSum + row.toneSum, 6) AS toneSum, r.toneCount + toInteger(row.toneCount) AS toneCount
SET r.count = n, r.toneSum = toneSum, r.toneCount = toneCount, r.tone = CASE WHEN toneCount > 0 THEN toneSum / toneCount END,
    r.firstSeen = CASE WHEN row.first IS NULL THEN r.firstSeen WHEN r.firstSeen IS NULL OR row.first < r.firstSeen THEN row.first ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN row.last IS NULL THEN r.lastSeen WHEN r.lastSeen IS NULL OR row.last > r.lastSeen THEN row.last ELSE r.lastSeen END,
    r.days = row.days, r.dayCounts = [x IN row.dayCounts | toInteger(x)], r.dayToneSums = [x IN row.dayToneSums | toFloat(x)],
    r.dayToneCounts = [x IN row.dayToneCounts | toInteger(x)], r.dayMinTones = [x IN row.dayMinTones | toFloat(x)],
    r.dayMaxTones = [x IN row.dayMaxTones | toFloat(x)], r.dayCategoryKeys = row.dayCategoryKeys,
    r.dayCategoryCounts = [x IN row.dayCategoryCounts | toInteger(x)]`;

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

/**
 * Adds new statements' aggregates to their pairs' SPOKE_ABOUT (creating it); exact only for pairs none of whose statements were
 * removed. The day arrays are read, merged with the batch's in JavaScript (`mergeSpokeDays`) and written back whole.
 */
export async function addSpokeDeltas(tx: TransactionRunner, deltas: SpokeDelta[]): Promise<WriteStats | null> {
  if (deltas.length === 0) return null;
  const pairs = deltas.map(({ speakerKind, speakerId, subjectKind, subjectId }) => ({ speakerKind, speakerId, subjectKind, subjectId }));
  const stored = await tx.run<SpokeDays & { speakerId: string; subjectId: string }>({ cypher: READ_DAYS, params: { rows: pairs } });
  const byPair = new Map(stored.map((r) => [pairKey(r as unknown as SpokePair), r]));
  const rows = deltas.map(({ days, ...delta }) => ({ ...delta, ...mergeSpokeDays(byPair.get(pairKey(delta)) ?? emptySpokeDays(), days) }));
  return (await tx.runWithStats({ cypher: ADD_DELTAS, params: { rows } })).stats;
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
