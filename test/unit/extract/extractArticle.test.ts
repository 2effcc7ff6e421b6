import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../api/src/extract/index';
import { makeArticle } from '../../_utils/article';

describe('extractArticle (orchestration)', () => {
  it('copies the article header and puts source issues first', () => {
    const sourceIssue = { kind: 'html-stripped', message: 'source: markup stripped', span: null };
    const result = extractArticle(
      makeArticle('', { id: 'a-1', title: 'T', summary: 'S', url: 'https://example.org/a', publishedAt: '2024-01-02', source: 'Wire', issues: [sourceIssue] }),
    );
    expect(result).toEqual({
      article: { id: 'a-1', title: 'T', summary: 'S', url: 'https://example.org/a', publishedAt: '2024-01-02', source: 'Wire' },
      persons: [],
      countries: [],
      organizations: [],
      treaties: [],
      statements: [],
      issues: [sourceIssue, { kind: 'empty-text', message: 'extract: the article body is empty; nothing to extract', span: null }],
    });
  });

  it('runs the extraction stages on a normal article, with no issues', () => {
    const result = extractArticle(makeArticle('Norway and Sweden signed a fisheries agreement on Monday.', { publishedAt: '2024-01-10' }));
    expect(result.issues).toEqual([]);
    expect(result.countries.map((c) => c.iso3).sort()).toEqual(['NOR', 'SWE']);
  });

  it('extracts only the kept part of a capped body', () => {
    const filler = 'The delegations talked for a long time about many things. '.repeat(2_000);
    const result = extractArticle(makeArticle(`${filler}\n\nNorway protested.`));
    expect(result.issues.map((i) => i.kind)).toEqual(['text-truncated']);
    expect(result.countries).toEqual([]);
  });
});
