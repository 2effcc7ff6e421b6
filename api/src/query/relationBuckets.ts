import type { SpokeDays } from '../store/spokeDays';
import { roundToneSum } from '../store/spokeDays';
import { type Interval, periodStart, periodsBetween } from './timelinePeriods';

/** One period of a relation timeline summed from day arrays; `days` are its days with statements, oldest first. */
export interface RelationBucket {
  period: string;
  count: number;
  averageTone: number | null;
  minTone: number | null;
  maxTone: number | null;
  /** Statements per CAMEO root code, most first, then by code. */
  categories: Array<{ code: string; count: number }>;
  days: Array<{ day: string; count: number }>;
}

/** What `bucketRelationDays` returns: the periods, or `tooMany` when the window holds more than `maxPeriods`. */
export type RelationBuckets = { phase: 'buckets'; buckets: RelationBucket[] } | { phase: 'tooMany'; from: string; to: string };

interface Sum {
  count: number;
  toneSum: number;
  toneCount: number;
  min: number;
  max: number;
  categories: Map<string, number>;
  days: Map<string, number>;
}

const emptySum = (): Sum => ({ count: 0, toneSum: 0, toneCount: 0, min: Infinity, max: -Infinity, categories: new Map(), days: new Map() });

/**
 * Sums the day arrays of several speakers' SPOKE_ABOUT to one subject into periods of `interval`, keeping the days from `since`
 * to `until` (both `YYYY-MM-DD` or null). The periods run from `since` (default: the first day with a statement) to `until`
 * (default: the last), empty ones included; none when there is no statement and no window. The speakers' statements are
 * disjoint (one speaker per statement), so their sums add up exactly.
 */
export function bucketRelationDays(pairs: SpokeDays[], interval: Interval, since: string | null, until: string | null, maxPeriods: number): RelationBuckets {
  const inWindow = (day: string) => (since === null || day >= since) && (until === null || day <= until);
  let first: string | undefined;
  let last: string | undefined;
  const byPeriod = new Map<string, Sum>();
  const sumOf = (day: string) => {
    const period = periodStart(day, interval);
    let sum = byPeriod.get(period);
    if (!sum) byPeriod.set(period, (sum = emptySum()));
    return sum;
  };
  for (const p of pairs) {
    p.days.forEach((day, i) => {
      if (!inWindow(day)) return;
      if (first === undefined || day < first) first = day;
      if (last === undefined || day > last) last = day;
      const sum = sumOf(day);
      const n = p.dayCounts[i]!;
      const toneCount = p.dayToneCounts[i]!;
      sum.count += n;
      sum.days.set(day, (sum.days.get(day) ?? 0) + n);
      if (toneCount > 0) {
        sum.toneSum += p.dayToneSums[i]!;
        sum.toneCount += toneCount;
        sum.min = Math.min(sum.min, p.dayMinTones[i]!);
        sum.max = Math.max(sum.max, p.dayMaxTones[i]!);
      }
    });
    p.dayCategoryKeys.forEach((key, i) => {
      const day = key.slice(0, 10);
      if (!inWindow(day)) return;
      const code = key.slice(11);
      const sum = sumOf(day);
      sum.categories.set(code, (sum.categories.get(code) ?? 0) + p.dayCategoryCounts[i]!);
    });
  }
  const from = since ?? first;
  const to = until ?? last;
  if (from === undefined || to === undefined || from > to) return { phase: 'buckets', buckets: [] };
  const periods = periodsBetween(from, to, interval, maxPeriods);
  if (!periods) return { phase: 'tooMany', from, to };
  return { phase: 'buckets', buckets: periods.map((period) => bucketOf(period, byPeriod.get(period) ?? emptySum())) };
}

function bucketOf(period: string, sum: Sum): RelationBucket {
  const toned = sum.toneCount > 0;
  return {
    period,
    count: sum.count,
    // Rounded as the stored sums are, so that the answer does not depend on the order the days were added in.
    averageTone: toned ? roundToneSum(sum.toneSum) / sum.toneCount : null,
    minTone: toned ? sum.min : null,
    maxTone: toned ? sum.max : null,
    categories: [...sum.categories].map(([code, count]) => ({ code, count })).sort((x, y) => y.count - x.count || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0)),
    days: [...sum.days].map(([day, count]) => ({ day, count })).sort((x, y) => (x.day < y.day ? -1 : 1)),
  };
}

/**
 * The days whose statements hold a bucket's `first` newest ones: its latest days with statements, newest first, until they hold
 * at least `first` statements. A day's statements all sort after those of earlier days (a partial date sorts before the days of
 * its month, and counts as the month's first day).
 */
export function newestDays(days: RelationBucket['days'], first: number): string[] {
  const out: string[] = [];
  let n = 0;
  for (let i = days.length - 1; i >= 0 && n < first; i--) {
    out.push(days[i]!.day);
    n += days[i]!.count;
  }
  return out;
}

/** The stored `saidAt` values that count as `day`: the day itself, and its bare month or year when it is their first day. */
export function storedDatesOf(day: string): string[] {
  const out = [day];
  if (day.endsWith('-01')) out.push(day.slice(0, 7));
  if (day.endsWith('-01-01')) out.push(day.slice(0, 4));
  return out;
}
