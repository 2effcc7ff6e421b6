import type { CypherQuery, Executor } from '../db/executor';
import { BadUserInputError } from '../errors/index';
import { labelOfId } from '../store/labels';
import { firstDayOf, sinceKey } from './dateKeys';
import { matchEntityById } from './projections';
import { speakerSetCypher } from './speakerSet';
import { type Interval, periodsBetween, periodStart } from './timelinePeriods';
import type { CategoryCountRow, TimelineBucketRow } from './types';

/** Most periods one timeline may have. */
export const MAX_PERIODS = 1000;

// Only speakers with a SPOKE_ABOUT to B can have said anything about it. From there, the cheaper side is expanded: the speakers'
// statements (checking ABOUT B) when they are fewer than B's ABOUT statements, else B's (checking the speaker).
const SIDES = (speakers: string, bLabel: string) => `
${speakers}
MATCH (sp)-[:SPOKE_ABOUT]->(b:${bLabel} {id: $b})
WITH b, collect(sp.id) AS speakerIds, sum(COUNT { (sp)-[:SAID]->() }) AS said
RETURN speakerIds, said, COUNT { (b)<-[:ABOUT]-() } AS about`;

const FIELDS = `s.id AS id, s.saidAt AS saidAt, coalesce(s.publishedAt, '') AS publishedAt, s.tone AS tone, s.categoryCode AS code, s.categoryLabel AS label`;
const WINDOW = `s.saidAt IS NOT NULL AND ($since IS NULL OR s.saidAt >= $since) AND ($until IS NULL OR s.saidAt <= $until)`;

const FROM_SPEAKERS = (bLabel: string) => `
UNWIND $speakerIds AS speakerId
${matchEntityById('speakerId', 'sp')}
MATCH (b:${bLabel} {id: $b})
MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(b)
WHERE ${WINDOW}
RETURN ${FIELDS}`;

const FROM_SUBJECT = (bLabel: string) => `
MATCH (b:${bLabel} {id: $b})<-[:ABOUT]-(s:Statement)
WHERE ${WINDOW} AND EXISTS { MATCH (x)-[:SAID]->(s) WHERE x.id IN $speakerIds }
RETURN ${FIELDS}`;

/** Builds the query of A's speakers (with officials and bodies for a country) that spoke about B, and the sizes of both sides. */
export function relationSidesQuery(a: string, b: string): CypherQuery {
  return { cypher: SIDES(speakerSetCypher(a, true), labelOfId(b) ?? 'Person'), params: { speaker: a, b } };
}

/** Builds the query of the dated statements by `speakerIds` about `b` (light rows), expanding the given side. */
export function findRelationTimelineQuery(speakerIds: string[], b: string, since: string | null, until: string | null, from: 'speakers' | 'subject'): CypherQuery {
  const label = labelOfId(b) ?? 'Person';
  return { cypher: from === 'speakers' ? FROM_SPEAKERS(label) : FROM_SUBJECT(label), params: { speakerIds, b, since: since === null ? null : sinceKey(since), until } };
}

type Row = { id: string; saidAt: string; publishedAt: string; tone: number | null; code: string | null; label: string | null };

/**
 * The statements by `a` (and its officials) about `b` per period from `since` (default: the first such statement) to `until`
 * (default: the last), empty periods included; [] when there is no statement and no window. Throws BadUserInputError when the
 * window holds more than MAX_PERIODS periods.
 */
export async function findRelationTimeline(
  executor: Executor, a: string, b: string, interval: Interval, since: string | null, until: string | null,
): Promise<TimelineBucketRow[]> {
  const [sides] = await executor.read<{ speakerIds: string[]; said: number; about: number }>(relationSidesQuery(a, b), 'relation-timeline-sides');
  const rows = sides
    ? await executor.read<Row>(findRelationTimelineQuery(sides.speakerIds, b, since, until, sides.said <= sides.about ? 'speakers' : 'subject'), 'relation-timeline')
    : [];
  const days = rows.map((r) => firstDayOf(r.saidAt)).sort();
  const from = since ?? days[0];
  const to = until ?? days.at(-1);
  if (from === undefined || to === undefined || from > to) return [];
  const periods = periodsBetween(from, to, interval, MAX_PERIODS);
  if (!periods) {
    throw new BadUserInputError(`since: from ${from} to ${to} there are more than ${MAX_PERIODS} periods of one ${interval.toLowerCase()}; choose a wider interval or set since and until closer together`);
  }
  const byPeriod = new Map<string, Row[]>(periods.map((p) => [p, []]));
  for (const row of rows) byPeriod.get(periodStart(row.saidAt, interval))?.push(row);
  return periods.map((period) => bucketOf(period, byPeriod.get(period) ?? []));
}

function bucketOf(period: string, rows: Row[]): TimelineBucketRow {
  const tones = rows.map((r) => r.tone).filter((t): t is number => typeof t === 'number');
  const categories = new Map<string, CategoryCountRow>();
  for (const r of rows) {
    if (r.code === null) continue;
    const c = categories.get(r.code) ?? { category: { code: r.code, label: r.label ?? r.code }, count: 0 };
    c.count++;
    categories.set(r.code, c);
  }
  const newestFirst = [...rows].sort((x, y) => cmp(y.saidAt, x.saidAt) || cmp(y.publishedAt, x.publishedAt) || cmp(y.id, x.id));
  return {
    period,
    count: rows.length,
    averageTone: tones.length ? tones.reduce((s, t) => s + t, 0) / tones.length : null,
    minTone: tones.length ? Math.min(...tones) : null,
    maxTone: tones.length ? Math.max(...tones) : null,
    categories: [...categories.values()].sort((x, y) => y.count - x.count || cmp(x.category.code, y.category.code)),
    statementIds: newestFirst.map((r) => r.id),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
