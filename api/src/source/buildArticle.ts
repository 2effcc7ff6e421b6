import { deriveArticleId } from './articleId';
import { htmlToText, looksLikeHtml } from './htmlToText';
import { normalizeDate } from './normalizeDate';
import type { Article, Issue } from './types';

/** The fields a format reader found for one article, before ids and dates are settled. */
export interface RawArticle {
  id?: string | null;
  title?: string | null;
  summary?: string | null;
  url?: string | null;
  publishedAt?: unknown;
  source?: string | null;
  body: string;
  /** Markup in `body`: stripped (RSS content, where HTML is expected), or stripped and reported (a JSON text field). */
  markup?: 'strip' | 'strip-and-report';
}

/** Options shared by every format reader. */
export interface BuildOptions {
  file: string | null;
  /** `YYYY-MM-DD` that overrides every stated date (`--published-at`). */
  publishedAt?: string | null;
}

function clean(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = (looksLikeHtml(value) ? htmlToText(value) : value).replace(/\s+/g, ' ').trim();
  return text || null;
}

/** Settles one article: strips markup, normalises line endings and dates, and derives the id; the problems found travel on `article.issues`. */
export function buildArticle(raw: RawArticle, options: BuildOptions, line: number | null): Article {
  const issues: Issue[] = [];
  let body = raw.body.replace(/\r\n?/g, '\n');
  if (raw.markup && looksLikeHtml(body)) {
    body = htmlToText(body);
    if (raw.markup === 'strip-and-report') issues.push({ kind: 'html-stripped', message: 'source: markup in the text field was stripped to plain text (scripts removed, never run)', span: null });
  }
  let publishedAt: string | null = null;
  if (options.publishedAt) {
    publishedAt = options.publishedAt;
  } else if (raw.publishedAt !== undefined && raw.publishedAt !== null && raw.publishedAt !== '') {
    publishedAt = normalizeDate(raw.publishedAt);
    if (!publishedAt) {
      issues.push({
        kind: 'invalid-date',
        message: `source: publication date ${JSON.stringify(raw.publishedAt).slice(0, 60)} is not a date; it is left null (use --published-at YYYY-MM-DD to set it)`,
        span: null,
      });
    }
  }
  const url = typeof raw.url === 'string' && raw.url.trim() ? raw.url.trim() : null;
  const ownId = typeof raw.id === 'string' && raw.id.trim() ? raw.id.trim() : null;
  const article: Article = {
    id: ownId ?? deriveArticleId(url, body),
    title: clean(raw.title),
    summary: clean(raw.summary),
    url,
    publishedAt,
    source: clean(raw.source),
    body,
    origin: { file: options.file, line },
  };
  if (issues.length) article.issues = issues;
  return article;
}
