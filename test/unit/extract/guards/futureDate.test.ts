import { describe, expect, it } from 'vitest';
import { futureDate } from '../../../../api/src/extract/guards/futureDate';
import { makeArticle } from '../../../_utils/article';

describe('futureDate', () => {
  it('flags a publication date after today but keeps the article', () => {
    expect(futureDate(makeArticle('x', { publishedAt: '2025-01-02' }), { today: '2025-01-01' })).toEqual({
      issues: [
        {
          kind: 'future-date',
          message: 'extract: publication date 2025-01-02 is after today (2025-01-01); kept, but relative dates resolved against it are doubtful',
          span: null,
        },
      ],
      skip: false,
    });
  });
  it('accepts today, the past and no date', () => {
    expect(futureDate(makeArticle('x', { publishedAt: '2025-01-01' }), { today: '2025-01-01' }).issues).toEqual([]);
    expect(futureDate(makeArticle('x', { publishedAt: '1999-12-31' }), { today: '2025-01-01' }).issues).toEqual([]);
    expect(futureDate(makeArticle('x'), { today: '2025-01-01' }).issues).toEqual([]);
  });
});
