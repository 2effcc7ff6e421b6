import { describe, expect, it } from 'vitest';
import { deriveArticleId, normalizeUrl } from '../../../api/src/source/articleId';

describe('normalizeUrl', () => {
  it('drops scheme, www, trailing slash, fragment and tracking parameters, and sorts the rest', () => {
    expect(normalizeUrl('https://www.Example.org/news/story/?utm_source=x&b=2&a=1#top')).toBe('example.org/news/story?a=1&b=2');
  });
  it('treats http and https, with and without www, as the same page', () => {
    expect(normalizeUrl('http://example.org/a')).toBe(normalizeUrl('https://www.example.org/a/'));
  });
  it('returns a non-URL trimmed', () => {
    expect(normalizeUrl('  not a url ')).toBe('not a url');
  });
});

describe('deriveArticleId', () => {
  it('derives the id from the normalised URL, so URL variants share one id whatever the body', () => {
    const a = deriveArticleId('https://example.org/a?utm_medium=rss', 'one body');
    expect(a).toMatch(/^art:[0-9a-f]{16}$/);
    expect(deriveArticleId('http://www.example.org/a/', 'another body')).toBe(a);
  });
  it('falls back to a hash of the whitespace-normalised body', () => {
    expect(deriveArticleId(null, 'The minister  spoke.\n')).toBe(deriveArticleId('', 'The minister spoke.'));
    expect(deriveArticleId(null, 'The minister spoke.')).not.toBe(deriveArticleId(null, 'The minister spoke again.'));
  });
  it('never gives a URL id and a body id the same value for the same string', () => {
    expect(deriveArticleId('x', 'x')).not.toBe(deriveArticleId(null, 'x'));
  });
});
