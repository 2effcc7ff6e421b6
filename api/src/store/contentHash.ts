import { createHash } from 'node:crypto';
import type { Article } from '../source/types';

// Bump when the stored model changes so that a re-ingest rewrites every article instead of skipping it.
const STORE_MODEL_VERSION = 1;

/** A sha256 over everything that decides an article's facts (its fields and body, plus the store model version); equal hash = unchanged. */
export function hashArticleContent(article: Article): string {
  const { id, title, summary, url, publishedAt, source, body } = article;
  return createHash('sha256')
    .update(JSON.stringify([STORE_MODEL_VERSION, id, title, summary, url, publishedAt, source, body]), 'utf8')
    .digest('hex');
}
