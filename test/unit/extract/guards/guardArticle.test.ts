import { describe, expect, it } from 'vitest';
import { GUARDS, guardArticle } from '../../../../api/src/extract/guards/index';
import { makeArticle } from '../../../_utils/article';

describe('guardArticle', () => {
  it('runs the guards in order and stops at the first skip', () => {
    expect(GUARDS.map((g) => g.name)).toEqual(['emptyText', 'binaryText', 'oversizedText', 'nonEnglish', 'futureDate']);
    const result = guardArticle(makeArticle('', { publishedAt: '2999-01-01' }), { today: '2025-01-01' });
    expect(result.skip).toBe(true);
    expect(result.issues.map((i) => i.kind)).toEqual(['empty-text']);
  });
  it('passes a capped body on to later guards and keeps collecting issues', () => {
    const body = 'The envoy said the talks would go on. '.repeat(3_000);
    const result = guardArticle(makeArticle(body, { publishedAt: '2999-01-01' }), { today: '2025-01-01' });
    expect(result.skip).toBe(false);
    expect(result.issues.map((i) => i.kind)).toEqual(['text-truncated', 'future-date']);
    expect(result.article.body.length).toBeLessThan(body.length);
  });
});
