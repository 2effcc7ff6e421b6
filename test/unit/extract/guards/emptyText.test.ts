import { describe, expect, it } from 'vitest';
import { emptyText } from '../../../../api/src/extract/guards/emptyText';
import { makeArticle } from '../../../_utils/article';

const context = { today: '2025-01-01' };

describe('emptyText', () => {
  it('skips an empty body', () => {
    expect(emptyText(makeArticle(''), context)).toEqual({
      issues: [{ kind: 'empty-text', message: 'extract: the article body is empty; nothing to extract', span: null }],
      skip: true,
    });
  });
  it('skips a whitespace-only body and says so', () => {
    expect(emptyText(makeArticle(' \n\t\n '), context)).toEqual({
      issues: [{ kind: 'empty-text', message: 'extract: the article body is whitespace only (5 characters); nothing to extract', span: null }],
      skip: true,
    });
  });
  it('passes any text', () => {
    expect(emptyText(makeArticle('Hi.'), context)).toEqual({ issues: [], skip: false });
  });
});
