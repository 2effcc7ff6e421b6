import { describe, expect, it } from 'vitest';
import { sameArticle } from '../../../../api/src/resolve/rules/sameArticle';
import { novakMention } from '../../../_utils/surnameMention';

describe('sameArticle', () => {
  it('scores a full name written in the same article decisively, and says nothing otherwise', () => {
    const greta = { id: 'person:greta-novak', name: 'Greta Novak' };
    expect(sameArticle.score(novakMention({ inArticle: ['person:greta-novak'] }), greta)).toBe(10);
    expect(sameArticle.score(novakMention({ inArticle: ['person:ivo-novak'] }), greta)).toBe(0);
  });
});
