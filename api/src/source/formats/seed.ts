import { buildArticle } from '../buildArticle';
import type { BuildOptions } from '../buildArticle';
import type { SourceResult } from '../types';

const MAX_HEADLINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 25;
const MAX_SUMMARY_CHARS = 600;

/** A headline is short and does not end like a sentence of prose (a terminal period, colon or comma, even inside closing quotes). */
function isHeadline(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > MAX_HEADLINE_CHARS) return false;
  if (text.split(/\s+/).length > MAX_HEADLINE_WORDS) return false;
  return !/[.!?:;,]["'\u201d\u2019\u00bb)]*$/.test(text);
}

/** Where each non-empty line starts and ends in the text. */
function nonEmptyLines(text: string): Array<{ start: number; end: number; text: string }> {
  const lines: Array<{ start: number; end: number; text: string }> = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    if (raw.trim()) lines.push({ start, end: start + raw.length, text: raw.trim() });
    start += raw.length + 1;
  }
  return lines;
}

/**
 * Reads plain text. The seed layout puts the body first, then a headline line, then a one-line summary: when the last two lines
 * are short, the headline does not end like prose, and the body is clearly longer, they become title and summary.
 * Failing that, a last or first line that looks like a headline becomes the title. A file name starting with `YYYY-MM-DD` gives the
 * publication date (the text layout has no place for one). Plain text always yields one article, even empty.
 */
export function readSeedText(text: string, options: BuildOptions): SourceResult {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const lines = nonEmptyLines(normalized);
  let title: string | null = null;
  let summary: string | null = null;
  let body = normalized.trim();
  const last = lines[lines.length - 1];
  const beforeLast = lines[lines.length - 2];
  const first = lines[0];
  if (lines.length >= 3 && last && beforeLast && isHeadline(beforeLast.text) && last.text.length <= MAX_SUMMARY_CHARS) {
    const candidate = normalized.slice(0, beforeLast.start).trim();
    if (candidate.length >= 2 * (beforeLast.text.length + last.text.length)) {
      title = beforeLast.text;
      summary = last.text;
      body = candidate;
    }
  }
  if (title === null && lines.length >= 2 && last && isHeadline(last.text)) {
    const candidate = normalized.slice(0, last.start).trim();
    if (candidate.length >= 4 * last.text.length) {
      title = last.text;
      body = candidate;
    }
  }
  if (title === null && lines.length >= 2 && first && isHeadline(first.text) && /^\n\s*\n/.test(normalized.slice(first.end))) {
    const candidate = normalized.slice(first.end).trim();
    if (candidate.length >= 4 * first.text.length) {
      title = first.text;
      body = candidate;
    }
  }
  const baseName = options.file?.split(/[\\/]/).pop() ?? '';
  const datedName = /^(\d{4}-\d{2}-\d{2})[-_ .]/.exec(baseName)?.[1] ?? null;
  return { articles: [buildArticle({ title, summary, body, publishedAt: datedName }, options, null)], issues: [] };
}
