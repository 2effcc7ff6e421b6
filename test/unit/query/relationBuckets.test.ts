import { describe, expect, it } from 'vitest';
import { bucketRelationDays, newestDays, storedDatesOf } from '../../../api/src/query/relationBuckets';
import { spokeDaysOf, type DatedStatement } from '../../../api/src/store/spokeDays';

const said = (saidAt: string | null, tone: number | null, categoryCode: string | null = '01'): DatedStatement => ({ saidAt, tone, categoryCode });

// Two speakers of one side (a minister and his ministry) about the same subject; their statements are disjoint.
const minister = spokeDaysOf([said('2025-01-15', -4, '13'), said('2025-03-09', -2, '11'), said('2025-03', 0.5, '01'), said(null, 2)]);
const ministry = spokeDaysOf([said('2025-03-20', 1, '01'), said('2025-06-02', -1, '11'), said('2025-06-30', null, '11')]);

describe('bucketRelationDays', () => {
  it('sums every speaker\'s days per month from the first to the last, empty months included', () => {
    const result = bucketRelationDays([minister, ministry], 'MONTH', null, null, 100);
    expect(result).toEqual({
      phase: 'buckets',
      buckets: [
        { period: '2025-01-01', count: 1, averageTone: -4, minTone: -4, maxTone: -4, categories: [{ code: '13', count: 1 }], days: [{ day: '2025-01-15', count: 1 }] },
        { period: '2025-02-01', count: 0, averageTone: null, minTone: null, maxTone: null, categories: [], days: [] },
        {
          period: '2025-03-01', count: 3, averageTone: -0.5 / 3, minTone: -2, maxTone: 1,
          categories: [{ code: '01', count: 2 }, { code: '11', count: 1 }],
          days: [{ day: '2025-03-01', count: 1 }, { day: '2025-03-09', count: 1 }, { day: '2025-03-20', count: 1 }],
        },
        { period: '2025-04-01', count: 0, averageTone: null, minTone: null, maxTone: null, categories: [], days: [] },
        { period: '2025-05-01', count: 0, averageTone: null, minTone: null, maxTone: null, categories: [], days: [] },
        // The untoned statement counts, but not in the tones.
        { period: '2025-06-01', count: 2, averageTone: -1, minTone: -1, maxTone: -1, categories: [{ code: '11', count: 2 }], days: [{ day: '2025-06-02', count: 1 }, { day: '2025-06-30', count: 1 }] },
      ],
    });
  });

  it('keeps only the days of the window, which also bounds the periods; weeks start on Monday', () => {
    const result = bucketRelationDays([minister, ministry], 'WEEK', '2025-03-02', '2025-03-16', 100);
    expect(result.phase === 'buckets' && result.buckets.map((b) => [b.period, b.count])).toEqual([['2025-02-24', 0], ['2025-03-03', 1], ['2025-03-10', 0]]);
    const years = bucketRelationDays([minister, ministry], 'YEAR', null, null, 100);
    expect(years.phase === 'buckets' && years.buckets.map((b) => [b.period, b.count, b.minTone, b.maxTone])).toEqual([['2025-01-01', 6, -4, 1]]);
  });

  it('gives no period without statements or window, empty periods for a window without statements, and refuses too many', () => {
    expect(bucketRelationDays([], 'MONTH', null, null, 100)).toEqual({ phase: 'buckets', buckets: [] });
    expect(bucketRelationDays([minister], 'MONTH', '2024-01-10', '2024-02-01', 100)).toMatchObject({ phase: 'buckets', buckets: [{ period: '2024-01-01', count: 0 }, { period: '2024-02-01', count: 0 }] });
    expect(bucketRelationDays([minister], 'WEEK', '2000-01-01', null, 10)).toEqual({ phase: 'tooMany', from: '2000-01-01', to: '2025-03-09' });
  });
});

describe('newestDays and storedDatesOf', () => {
  const days = [{ day: '2025-03-01', count: 2 }, { day: '2025-03-09', count: 1 }, { day: '2025-03-20', count: 4 }];
  it('takes the latest days until they hold the statements asked for', () => {
    expect(newestDays(days, 3)).toEqual(['2025-03-20']);
    expect(newestDays(days, 5)).toEqual(['2025-03-20', '2025-03-09']);
    expect(newestDays(days, 100)).toEqual(['2025-03-20', '2025-03-09', '2025-03-01']);
    expect(newestDays([], 3)).toEqual([]);
  });
  it('lists the stored forms of a day: the bare month and year on their first day', () => {
    expect(storedDatesOf('2025-03-20')).toEqual(['2025-03-20']);
    expect(storedDatesOf('2025-03-01')).toEqual(['2025-03-01', '2025-03']);
    expect(storedDatesOf('2025-01-01')).toEqual(['2025-01-01', '2025-01', '2025']);
  });
});
