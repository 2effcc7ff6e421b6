import type { CypherQuery, Executor } from '../db/executor';
import { sinceKey } from './dateKeys';
import { findEntitiesByIds } from './findEntitiesByIds';
import type { ToneMapRow } from './types';

// The country a speaker speaks for: a country itself; a body's country (PART_OF); a person's best-supported role's country
// (held for the country or for one of its bodies). Speakers with none (a NATO official) count for no row.
const HOME = `
CALL (sp) {
  WITH sp WHERE sp:Country
  RETURN sp AS home
  UNION
  WITH sp WHERE sp:Organization
  MATCH (sp)-[r:PART_OF]->(h:Country)
  WITH h ORDER BY r.articleCount DESC, h.id LIMIT 1
  RETURN h AS home
  UNION
  WITH sp WHERE sp:Person
  MATCH (sp)-[r:HOLDS_ROLE]->(t)
  OPTIONAL MATCH (t:Organization)-[:PART_OF]->(tc:Country)
  WITH CASE WHEN t:Country THEN t ELSE tc END AS h, r
  WHERE h IS NOT NULL
  WITH h ORDER BY r.articleCount DESC, h.id LIMIT 1
  RETURN h AS home
}`;

// The speaker's country is looked up once per speaker, not once per (speaker, subject) pair.
const TAIL = `
WITH sp, collect({c: c, n: n, toneSum: toneSum, toneCount: toneCount}) AS pairs
${HOME}
UNWIND pairs AS pair
WITH home, pair.c AS c, pair.n AS n, pair.toneSum AS toneSum, pair.toneCount AS toneCount
WHERE home <> c
RETURN home.id AS speaker, c.id AS subject, sum(n) AS count, sum(toneSum) AS toneSum, sum(toneCount) AS toneCount`;

// Without a window the SPOKE_ABOUT aggregates answer directly; with one, the saidAt index finds the window's statements.
const ALL_TIME = `
MATCH (sp)-[r:SPOKE_ABOUT]->(c:Country)
WITH sp, c, r.count AS n, coalesce(r.toneSum, 0.0) AS toneSum, coalesce(r.toneCount, r.count) AS toneCount
${TAIL}`;

const WINDOWED = `
MATCH (s:Statement)
WHERE s.saidAt >= $lo AND s.saidAt <= $hi
MATCH (sp)-[:SAID]->(s)-[:ABOUT]->(c:Country)
WITH sp, c, count(s) AS n, sum(coalesce(s.tone, 0.0)) AS toneSum, count(s.tone) AS toneCount
${TAIL}`;

/** Builds the query of statement counts and tone sums per (speaking country, country spoken about), officials and bodies counted for their country. */
export function findToneMapQuery(since: string | null, until: string | null): CypherQuery {
  if (since === null && until === null) return { cypher: ALL_TIME };
  return { cypher: WINDOWED, params: { lo: since === null ? '0' : sinceKey(since), hi: until ?? '9999' } };
}

type Cell = { speaker: string; subject: string; count: number; toneSum: number; toneCount: number };

/** The `first` most active countries of the window (statements spoken plus spoken about) and the non-empty cells among them. */
export async function findToneMap(executor: Executor, since: string | null, until: string | null, first: number): Promise<ToneMapRow> {
  const cells = await executor.read<Cell>(findToneMapQuery(since, until), 'tone-map');
  const activity = new Map<string, number>();
  for (const c of cells) {
    activity.set(c.speaker, (activity.get(c.speaker) ?? 0) + c.count);
    activity.set(c.subject, (activity.get(c.subject) ?? 0) + c.count);
  }
  const top = [...activity.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, first).map(([id]) => id);
  const chosen = new Set(top);
  const entities = await findEntitiesByIds(executor, top);
  return {
    countries: top.map((id) => entities.get(id)).filter((e) => e !== undefined),
    cells: cells
      .filter((c) => chosen.has(c.speaker) && chosen.has(c.subject))
      .map((c) => ({ speaker: c.speaker, subject: c.subject, count: c.count, averageTone: c.toneCount > 0 ? c.toneSum / c.toneCount : 0 }))
      .sort((a, b) => top.indexOf(a.speaker) - top.indexOf(b.speaker) || top.indexOf(a.subject) - top.indexOf(b.subject)),
  };
}
