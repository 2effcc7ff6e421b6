import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../../api/src/extract/dates/index';

// Friday 17 March 2023.
const PUB = '2023-03-17';

describe('resolveDate', () => {
  it.each([
    ['The minister spoke today.', '2023-03-17', 'day'],
    ['She said yesterday that talks had stalled.', '2023-03-16', 'day'],
    ['He warned last Friday.', '2023-03-10', 'day'],
    ['The envoy said on Friday evening that', '2023-03-17', 'day'],
    ['They met on Saturday.', '2023-03-11', 'day'],
    ['The talks ended a week ago.', '2023-03-10', 'day'],
    ['This Tuesday the cabinet announced a plan.', '2023-03-14', 'day'],
    ['The pact was signed last May.', '2022-05', 'month'],
    ['The pact was signed last February.', '2023-02', 'month'],
    ['Tensions grew in May.', '2022-05', 'month'],
    ['The summit ended on July 10.', '2022-07-10', 'day'],
    ['The summit ended on 10 July 2021.', '2021-07-10', 'day'],
    ['Relations broke off last year.', '2022', 'year'],
    ['The accord dates from 1993.', null, null],
    ['The accord was signed in 1993.', '1993', 'year'],
    ['Boats were blocked on the evening of Nov. 16.', '2022-11-16', 'day'],
  ])('%s', (text, value, precision) => {
    const found = resolveDate(text, PUB);
    expect(found ? [found.value, found.precision] : [null, null]).toEqual([value, precision]);
  });

  it('never dates a weekday after publication', () => {
    // Published on a Wednesday: "on Friday" is the Friday before, not two days later.
    expect(resolveDate('He spoke on Friday.', '2023-03-15')?.value).toBe('2023-03-10');
  });

  it('keeps relative expressions null without a publication date', () => {
    expect(['today', 'last Friday', 'a week ago', 'last May', 'on July 10'].map((t) => resolveDate(t, null))).toEqual([null, null, null, null, null]);
  });

  it('still resolves explicit dates with a year without a publication date', () => {
    expect(resolveDate('It was signed on 10 July 2021.', null)).toEqual({
      start: 14, end: 29, text: 'on 10 July 2021', value: '2021-07-10', precision: 'day', relative: false,
    });
  });

  it('ignores vague spans and modal "may"', () => {
    expect([resolveDate('They met last week.', PUB), resolveDate('It may be delayed.', PUB), resolveDate('talks from Monday to Friday', PUB)]).toEqual([null, null, null]);
  });
});
