import type { Article } from '../../api/src/source/types';

/** Builds an Article for a test from a body and any overridden fields. */
export function makeArticle(body: string, fields: Partial<Article> = {}): Article {
  return {
    id: 'art:test',
    title: null,
    summary: null,
    url: null,
    publishedAt: null,
    source: null,
    body,
    origin: { file: null, line: null },
    ...fields,
  };
}
