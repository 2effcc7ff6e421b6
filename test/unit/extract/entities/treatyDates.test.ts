import { describe, expect, it } from 'vitest';
import { resolveTreatyDate } from '../../../../api/src/extract/entities/treatyDates';

describe('resolveTreatyDate', () => {
  it('reads explicit dates at their precision', () => {
    expect(resolveTreatyDate('It was signed on March 3, 2019 in Lima.', null)).toBe('2019-03-03');
    expect(resolveTreatyDate('It was signed on 3 March 2019.', null)).toBe('2019-03-03');
    expect(resolveTreatyDate('It was agreed in June 2020.', null)).toBe('2020-06');
    expect(resolveTreatyDate('The pact, signed in 1987, lapsed.', null)).toBe('1987');
  });

  it('resolves relative months against the publication date, into the past', () => {
    expect(resolveTreatyDate('They signed it last May.', '2024-03-10')).toBe('2023-05');
    expect(resolveTreatyDate('They signed it last February.', '2024-03-10')).toBe('2024-02');
    expect(resolveTreatyDate('They signed it last month.', '2024-01-10')).toBe('2023-12');
    expect(resolveTreatyDate('They signed it on Thursday.', '2024-03-10')).toBe('2024-03-07');
  });

  it('keeps relative dates null without a publication date', () => {
    expect(resolveTreatyDate('They signed it last May.', null)).toBeNull();
    expect(resolveTreatyDate('They signed it last month.', null)).toBeNull();
    expect(resolveTreatyDate('They signed it on Thursday.', null)).toBeNull();
  });
});
