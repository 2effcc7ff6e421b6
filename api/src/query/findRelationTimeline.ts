import type { CypherQuery, Executor } from '../db/executor';
import { BadUserInputError } from '../errors/index';
import { cameoRoot } from '../extract/statements/speechVerbs';
import { labelOfId } from '../store/labels';
import type { SpokeDays } from '../store/spokeDays';
import { bucketRelationDays, newestDays } from './relationBuckets';
import { speakerSetCypher } from './speakerSet';
import type { Interval } from './timelinePeriods';
import type { TimelineBucketRow } from './types';

/** Most periods one timeline may have. */
export const MAX_PERIODS = 1000;

// A's speakers are collected first, then B's incoming SPOKE_ABOUT (one per speaker that spoke about B, a few hundred for the
// busiest country) are kept when their speaker is one of them: matching each speaker's SPOKE_ABOUT into B instead walked most
// of the speakers' relationships (18,863 db hits for the United States' 193 speakers about Russia, against 213 this way).
// Each kept relationship brings its day arrays (graph-schema/README.md), which are summed in TypeScript; no statement is read.
const RELATION_DAYS = (speakers: string, bLabel: string) => `
${speakers}
WITH collect(sp) AS speakers
MATCH (b:${bLabel} {id: $b})<-[r:SPOKE_ABOUT]-(sp) WHERE sp IN speakers
RETURN sp.id AS speakerId, coalesce(r.days, []) AS days, coalesce(r.dayCounts, []) AS dayCounts, coalesce(r.dayToneSums, []) AS dayToneSums,
       coalesce(r.dayToneCounts, []) AS dayToneCounts, coalesce(r.dayMinTones, []) AS dayMinTones, coalesce(r.dayMaxTones, []) AS dayMaxTones,
       coalesce(r.dayCategoryKeys, []) AS dayCategoryKeys, coalesce(r.dayCategoryCounts, []) AS dayCategoryCounts`;

/** Builds the query of the day arrays of every SPOKE_ABOUT from A's speakers (A, and for a country its officials and bodies) to B. */
export function findRelationDaysQuery(a: string, b: string): CypherQuery {
  return { cypher: RELATION_DAYS(speakerSetCypher(a, true), labelOfId(b) ?? 'Person'), params: { speaker: a, b } };
}

/** The label of a CAMEO root code: a function of the code (the extractor's table), so it is not stored per day. */
function categoryLabel(code: string): string {
  try {
    return cameoRoot(code).label;
  } catch {
    return code;
  }
}

/**
 * The statements by `a` (and its officials) about `b` per period from `since` (default: the first such statement) to `until`
 * (default: the last), empty periods included; [] when there is no statement and no window. Each bucket's `statementWindow`
 * says where its newest statements are, for `findRelationStatements`. Throws BadUserInputError when the window holds more
 * than MAX_PERIODS periods.
 */
export async function findRelationTimeline(
  executor: Executor, a: string, b: string, interval: Interval, since: string | null, until: string | null,
): Promise<TimelineBucketRow[]> {
  const pairs = await executor.read<SpokeDays & { speakerId: string }>(findRelationDaysQuery(a, b), 'relation-timeline');
  const result = bucketRelationDays(pairs, interval, since, until, MAX_PERIODS);
  if (result.phase === 'tooMany') {
    throw new BadUserInputError(`since: from ${result.from} to ${result.to} there are more than ${MAX_PERIODS} periods of one ${interval.toLowerCase()}; choose a wider interval or set since and until closer together`);
  }
  // One request may ask the same pair twice (aliases) with other windows or intervals: their buckets must not share statements.
  const relation = { key: [a, b, interval, since ?? '', until ?? ''].join('\u0000'), b, speakerIds: pairs.map((p) => p.speakerId).sort() };
  return result.buckets.map((bucket) => ({
    period: bucket.period,
    count: bucket.count,
    averageTone: bucket.averageTone,
    minTone: bucket.minTone,
    maxTone: bucket.maxTone,
    categories: bucket.categories.map(({ code, count }) => ({ category: { code, label: categoryLabel(code) }, count })),
    statementWindow: { relation, period: bucket.period, newestDays: (first: number) => newestDays(bucket.days, first) },
  }));
}
