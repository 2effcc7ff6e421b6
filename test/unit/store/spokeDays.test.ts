import { describe, expect, it } from 'vitest';
import { dayOf, emptySpokeDays, mergeSpokeDays, spokeDaysOf, type DatedStatement } from '../../../api/src/store/spokeDays';

const said = (saidAt: string | null, tone: number | null, categoryCode: string | null = '01'): DatedStatement => ({ saidAt, tone, categoryCode });

describe('spokeDaysOf', () => {
  it('groups dated statements by day (partial dates on their first day), undated ones left out', () => {
    expect(spokeDaysOf([
      said('2025-03-09', -2, '11'),
      said('2025-03', 1.5, '01'),
      said('2025-03-01', -4, '13'),
      said('2025-03-09', null, '11'),
      said(null, 3, '05'),
      said('2025', 0.1, null),
    ])).toEqual({
      days: ['2025-01-01', '2025-03-01', '2025-03-09'],
      dayCounts: [1, 2, 2],
      dayToneSums: [0.1, -2.5, -2],
      dayToneCounts: [1, 2, 1],
      dayMinTones: [0.1, -4, -2],
      dayMaxTones: [0.1, 1.5, -2],
      dayCategoryKeys: ['2025-03-01|01', '2025-03-01|13', '2025-03-09|11'],
      dayCategoryCounts: [1, 1, 2],
    });
  });

  it('keeps 0 in the min and max of a day without tones, and rounds tone sums to 6 decimals', () => {
    expect(spokeDaysOf([said('2024-12-31', null), said('2025-01-02', 0.1), said('2025-01-02', 0.2)])).toMatchObject({
      days: ['2024-12-31', '2025-01-02'], dayToneSums: [0, 0.3], dayToneCounts: [0, 2], dayMinTones: [0, 0.1], dayMaxTones: [0, 0.2],
    });
    expect(spokeDaysOf([])).toEqual(emptySpokeDays());
  });

  it('reads a stored date as the first day of its period', () => {
    expect([dayOf('2025'), dayOf('2025-07'), dayOf('2025-07-14')]).toEqual(['2025-01-01', '2025-07-01', '2025-07-14']);
  });
});

describe('mergeSpokeDays', () => {
  it('equals the arrays of both sets of statements taken together, whichever order they come in', () => {
    const old = [said('2025-03-09', -2, '11'), said('2025-03-10', null, '01'), said('2025-04', 3.4, '05')];
    const added = [said('2025-03-09', 1.9, '01'), said('2025-03-10', -0.3, '01'), said('2025-02-28', -4, '13'), said(null, 1)];
    const together = spokeDaysOf([...old, ...added]);
    expect(mergeSpokeDays(spokeDaysOf(old), spokeDaysOf(added))).toEqual(together);
    expect(mergeSpokeDays(spokeDaysOf(added), spokeDaysOf(old))).toEqual(together);
    expect(mergeSpokeDays(emptySpokeDays(), spokeDaysOf(added))).toEqual(spokeDaysOf(added));
    expect(together).toMatchObject({
      days: ['2025-02-28', '2025-03-09', '2025-03-10', '2025-04-01'],
      dayCounts: [1, 2, 2, 1],
      dayToneSums: [-4, -0.1, -0.3, 3.4],
      dayMinTones: [-4, -2, -0.3, 3.4],
      dayMaxTones: [-4, 1.9, -0.3, 3.4],
      dayCategoryKeys: ['2025-02-28|13', '2025-03-09|01', '2025-03-09|11', '2025-03-10|01', '2025-04-01|05'],
      dayCategoryCounts: [1, 1, 1, 2, 1],
    });
  });
});
