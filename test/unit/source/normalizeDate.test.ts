import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../../api/src/source/normalizeDate';

describe('normalizeDate', () => {
  it.each([
    ['2024-05-16', '2024-05-16'],
    ['2024-5-6', '2024-05-06'],
    ['2021-09-17T23:30:00-04:00', '2021-09-17'],
    ['2021-09-17 08:00', '2021-09-17'],
    ['20240516', '2024-05-16'],
    ['2024/05/16', '2024-05-16'],
    ['Fri, 17 Sep 2021 10:00:00 GMT', '2021-09-17'],
    ['17 September 2021', '2021-09-17'],
    ['September 17, 2021', '2021-09-17'],
    ['Sept. 3rd, 2020', '2020-09-03'],
  ])('reads %j as %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each([[''], ['yesterday'], ['2024-02-30'], ['2024-13-01'], ['not a date'], [null], [undefined], [{}]])('gives null for %j', (input) => {
    expect(normalizeDate(input)).toBeNull();
  });

  it('reads Unix seconds and milliseconds as UTC days', () => {
    expect(normalizeDate(1_700_000_000)).toBe('2023-11-14');
    expect(normalizeDate(1_700_000_000_000)).toBe('2023-11-14');
  });
});
