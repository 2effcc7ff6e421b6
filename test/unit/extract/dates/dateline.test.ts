import { describe, expect, it } from 'vitest';
import { datelineDate } from '../../../../api/src/extract/dates/index';
import { person, statementsOf } from '../../../_utils/statements';

describe('datelineDate', () => {
  it.each([
    ['TALLINN, 4 May 2024 — The minister said', { value: '2024-05-04', end: 21 }],
    ['Quito, March 3, 2026 - Talks resumed', { value: '2026-03-03', end: 22 }],
    ['LIMA, 4 May 2024 (Andina) — The talks', { value: '2024-05-04', end: 27 }],
    ['LIMA (Reuters) - On Friday the talks', null],
    ['The talks in Lima, 4 May 2024, went well', null],
    ['LIMA, 4 May — The talks', null],
  ])('%j -> %j', (body, expected) => {
    expect(datelineDate(body)).toEqual(expected);
  });
});

describe('statement dates from a dateline', () => {
  it('dates a remark "On 3 May" by the dateline year when the article states no publication date, never by the dateline itself', () => {
    const body = 'TALLINN, 4 May 2024 — On 3 May, Foreign Minister Mart Kask received his Latvian counterpart.\n\nKask said the visit was useful.';
    const { statements } = statementsOf(body, [['Mart Kask', person('Mart Kask')], ['Kask', person('Mart Kask')]]);
    expect(statements.map((s) => [s.verb, s.saidAt])).toEqual([['said', '2024-05-03']]);
  });
});
