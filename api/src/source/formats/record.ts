import { buildArticle } from '../buildArticle';
import type { BuildOptions } from '../buildArticle';
import type { Article, Issue } from '../types';

function pickString(record: Record<string, unknown>, keys: string[]): string | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string') return value;
  }
  return null;
}

/**
 * Reads one JSON article record `{title, text, summary?, url?, publishedAt?, source?}`; the dev-corpus fields `id` and `outlet`
 * are accepted too, and a record's own `id` is kept as the article id so evaluation can join on it. Returns an issue instead of an
 * article when the record is not an object or has no text field.
 */
export function readRecord(value: unknown, options: BuildOptions, line: number | null): { article: Article | null; issue: Issue | null } {
  const where = line === null ? 'record' : `line ${line}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { article: null, issue: { kind: 'invalid-record', message: `source: ${where} is not a JSON object; skipped`, span: null } };
  }
  const record = value as Record<string, unknown>;
  const body = pickString(record, ['text', 'body', 'content', 'article']);
  if (body === null) {
    return {
      article: null,
      issue: { kind: 'invalid-record', message: `source: ${where} has no "text" string field; skipped`, span: null },
    };
  }
  const id = record.id;
  const article = buildArticle(
    {
      id: typeof id === 'string' ? id : typeof id === 'number' ? String(id) : null,
      title: pickString(record, ['title', 'headline']),
      summary: pickString(record, ['summary', 'description']),
      url: pickString(record, ['url', 'link']),
      publishedAt: record.publishedAt ?? record.published_at ?? record.date ?? record.pubDate ?? null,
      source: pickString(record, ['source', 'outlet', 'publisher']),
      body,
      markup: 'strip-and-report',
    },
    options,
    line,
  );
  return { article, issue: null };
}
