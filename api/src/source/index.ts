import type { BuildOptions } from './buildArticle';
import { detectFormat } from './detectFormat';
import { readHtml } from './formats/html';
import { readJson } from './formats/json';
import { readJsonl } from './formats/jsonl';
import { readRss } from './formats/rss';
import { readSeedText } from './formats/seed';
import { normalizeDate } from './normalizeDate';
import type { ArticleFormat, SourceResult } from './types';

export type { Article, ArticleFormat, Issue, SourceResult } from './types';

/** What `readArticles` reads: text or raw bytes, with an optional file name (for format detection and messages), format and date override. */
export interface SourceInput {
  text?: string;
  buffer?: Uint8Array;
  fileName?: string | null;
  /** Forces a format instead of detecting it. */
  format?: ArticleFormat;
  /** Overrides every article's publication date; any form `normalizeDate` reads, normalised to `YYYY-MM-DD`. */
  publishedAt?: string | null;
}

const READERS: Record<ArticleFormat, (text: string, options: BuildOptions) => SourceResult> = {
  seed: readSeedText,
  json: readJson,
  jsonl: readJsonl,
  html: readHtml,
  rss: readRss,
};

export { ARTICLE_FORMATS } from './types';

/**
 * Reads one input (seed text, JSON, JSONL, HTML, RSS/Atom; detected or forced) into articles with stable ids and `YYYY-MM-DD` dates.
 * Never throws on content: unreadable records become issues. Throws only on misuse (neither text nor buffer, or an unreadable `publishedAt` override).
 */
export function readArticles(input: SourceInput): SourceResult {
  if (input.text === undefined && input.buffer === undefined) throw new Error('source: readArticles needs `text` or `buffer`');
  // Invalid UTF-8 becomes U+FFFD rather than an exception, so garbage bytes reach the extraction guards as data.
  const text = input.text ?? new TextDecoder('utf-8', { fatal: false }).decode(input.buffer);
  let publishedAt: string | null = null;
  if (input.publishedAt) {
    publishedAt = normalizeDate(input.publishedAt);
    if (!publishedAt) throw new Error(`source: publishedAt override "${input.publishedAt}" is not a date; use YYYY-MM-DD`);
  }
  const format = input.format ?? detectFormat(text, input.fileName);
  return READERS[format](text, { file: input.fileName ?? null, publishedAt });
}
