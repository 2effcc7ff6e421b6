import type { CypherQuery, Executor } from '../db/executor';
import { BadUserInputError } from '../errors/index';
import { labelOfId } from '../store/labels';
import { firstDayOf, sinceKey } from './dateKeys';
import { speakerSetCypher } from './speakerSet';
import { type Interval, periodsBetween, periodStart } from './timelinePeriods';
import type { CategoryCountRow, TimelineBucketRow } from './types';

/** Most periods one timeline may have. */
export const MAX_PERIODS = 1000;

const timeline = (speakers: string, bLabel: string) => `
${speakers}
MATCH (b:${bLabel} {id: $b})
MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(b)
WHERE s.saidAt IS NOT NULL AND ($since IS NULL OR s.saidAt >= $since) AND ($until IS NULL OR s.saidAt <= $until)
RETURN s.id AS id, s.saidAt AS saidAt, coalesce(s.publishedAt, '') AS publishedAt, s.tone AS tone,
       s.categoryCode AS code, s.categoryLabel AS label`;

/** Builds the query of the dated statements by `a` (with its officials and bodies when it is a country) about `b`, light rows only. */
export function findRelationTimelineQuery(a: string, b: string, since: string | null, until: string | null): CypherQuery {
  return {
    cypher: timeline(speakerSetCypher(a, true), labelOfId(b) ?? 'Person'),
    params: { speaker: a, b, since: since === null ? null : sinceKey(since), until },
  };
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
  const rows = await executor.read<Row>(findRelationTimelineQuery(a, b, since, until), 'relation-timeline');
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
