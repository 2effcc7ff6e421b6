import type { ArticleInput } from '../api/generated';

/** An article read from the user's input, with where it came from ("file.jsonl, line 3"). */
export interface ParsedArticle {
  origin: string;
  input: ArticleInput;
}

/** Something in the input that could not become an article, with where it is and why. */
export interface InputProblem {
  origin: string;
  message: string;
}

/** What one pasted text or dropped file gave: its articles and its problems (problems are data; nothing throws). */
export interface ParsedInput {
  articles: ParsedArticle[];
  problems: InputProblem[];
}

/** The formats the panel reads. */
export type InputFormat = 'seed' | 'json' | 'jsonl' | 'html' | 'rss';

const MAX_HEADLINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 25;

/** Picks a format from the file name's extension, else from the first characters (plain text is the seed layout). */
export function detectInputFormat(text: string, fileName: string | null): InputFormat {
  const ext = fileName ? /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() : undefined;
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  if (ext === 'json') return 'json';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'rss' || ext === 'xml' || ext === 'atom') return 'rss';
  if (ext === 'txt' || ext === 'md') return 'seed';
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 500).toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?<(rss|feed)\b/.test(head)) return 'rss';
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    const lines = text.split('\n').filter((l) => l.trim());
    return lines.length > 1 && lines.every((l) => l.trim().startsWith('{')) ? 'jsonl' : 'json';
  }
  return 'seed';
}

/** A `YYYY-MM-DD` day from any date text the formats carry (ISO, RFC 822), or null. */
export function toDay(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (iso) return iso[1]!;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Maps one JSON record (title/headline, text/body/content, url/link, publishedAt/date, source) to an article, or says what is missing. */
export function recordToArticle(record: unknown): ArticleInput | string {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return 'not a JSON object';
  const r = record as Record<string, unknown>;
  const title = str(r.title) ?? str(r.headline);
  const text = str(r.text) ?? str(r.body) ?? str(r.content);
  if (!text) return 'no "text" (or "body") field';
  const url = str(r.url) ?? str(r.link);
  const source = str(r.source);
  const publishedAt = toDay(r.publishedAt ?? r.published_at ?? r.date ?? r.published);
  return { title: title ?? text.split('\n')[0]!.slice(0, 120), text, ...(url ? { url } : {}), ...(source ? { source } : {}), ...(publishedAt ? { publishedAt } : {}) };
}

function isHeadline(line: string): boolean {
  const t = line.trim();
  return !!t && t.length <= MAX_HEADLINE_CHARS && t.split(/\s+/).length <= MAX_HEADLINE_WORDS && !/[.!?:;,]["'\u201d\u2019\u00bb)]*$/.test(t);
}

/** The seed layout: the body, then a headline line, then a one-line summary (else a last or first headline-like line is the title). */
export function parseSeed(text: string, origin: string): ParsedInput {
  const normalized = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').trim();
  if (!normalized) return { articles: [], problems: [{ origin, message: 'the text is empty' }] };
  const lines = normalized.split('\n').map((l) => l.trim()).filter(Boolean);
  let title: string | null = null;
  let body = normalized;
  const [last, beforeLast, first] = [lines[lines.length - 1], lines[lines.length - 2], lines[0]];
  const bodyBefore = (line: string): string => normalized.slice(0, normalized.lastIndexOf(line)).trim();
  if (lines.length >= 3 && last && beforeLast && isHeadline(beforeLast) && bodyBefore(beforeLast).length >= 2 * (beforeLast.length + last.length)) {
    title = beforeLast;
    body = bodyBefore(beforeLast);
  } else if (lines.length >= 2 && last && isHeadline(last) && bodyBefore(last).length >= 4 * last.length) {
    title = last;
    body = bodyBefore(last);
  } else if (lines.length >= 2 && first && isHeadline(first)) {
    title = first;
    body = normalized.slice(normalized.indexOf(first) + first.length).trim();
  }
  return { articles: [{ origin, input: { title: title ?? body.slice(0, 80), text: body } }], problems: [] };
}

function htmlText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return textOfBody(doc.body);
}

function textOfBody(root: Element | null): string {
  if (!root) return '';
  const paragraphs = [...root.querySelectorAll('p, h2, h3, li, blockquote')].map((p) => p.textContent?.replace(/\s+/g, ' ').trim() ?? '').filter(Boolean);
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : (root.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
}

/** An HTML page: the title from og:title, h1 or <title>; the text from the article's paragraphs; the date from its meta or <time>. */
export function parseHtml(html: string, origin: string): ParsedInput {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const meta = (name: string) => doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? null;
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  for (const junk of root?.querySelectorAll('script, style, nav, header, footer, aside') ?? []) junk.remove();
  const text = textOfBody(root);
  if (!text) return { articles: [], problems: [{ origin, message: 'the page has no text' }] };
  const title = str(meta('og:title')) ?? str(doc.querySelector('h1')?.textContent) ?? str(doc.title) ?? text.slice(0, 80);
  const publishedAt = toDay(meta('article:published_time') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null);
  const url = str(meta('og:url'));
  return { articles: [{ origin, input: { title, text, ...(publishedAt ? { publishedAt } : {}), ...(url ? { url } : {}) } }], problems: [] };
}

/** An RSS or Atom feed: one article per item with a description or content. */
export function parseRss(xml: string, origin: string): ParsedInput {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.querySelector('parsererror')) return { articles: [], problems: [{ origin, message: 'not well-formed XML' }] };
  const items = [...doc.querySelectorAll('item, entry')];
  if (items.length === 0) return { articles: [], problems: [{ origin, message: 'the feed has no items' }] };
  const out: ParsedInput = { articles: [], problems: [] };
  const source = str(doc.querySelector('channel > title, feed > title')?.textContent);
  items.forEach((item, i) => {
    const where = `${origin}, item ${i + 1}`;
    const child = (names: string[]) => {
      for (const n of names) {
        const el = [...item.children].find((c) => c.localName === n || c.nodeName === n);
        if (el?.textContent?.trim()) return el.textContent.trim();
      }
      return null;
    };
    const html = child(['content:encoded', 'encoded', 'content', 'description', 'summary']);
    const text = html ? htmlText(html) : '';
    if (!text) {
      out.problems.push({ origin: where, message: 'the item has no description or content' });
      return;
    }
    const link = child(['link']) ?? [...item.children].find((c) => c.localName === 'link')?.getAttribute('href') ?? null;
    const publishedAt = toDay(child(['pubDate', 'published', 'updated', 'dc:date', 'date']));
    out.articles.push({ origin: where, input: { title: child(['title']) ?? text.slice(0, 80), text, ...(link ? { url: link } : {}), ...(publishedAt ? { publishedAt } : {}), ...(source ? { source } : {}) } });
  });
  return out;
}

/** JSON: one article object or an array of them. */
export function parseJson(text: string, origin: string): ParsedInput {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { articles: [], problems: [{ origin, message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` }] };
  }
  const records = Array.isArray(value) ? value : [value];
  const out: ParsedInput = { articles: [], problems: [] };
  records.forEach((record, i) => {
    const where = records.length > 1 ? `${origin}, item ${i + 1}` : origin;
    const article = recordToArticle(record);
    if (typeof article === 'string') out.problems.push({ origin: where, message: article });
    else out.articles.push({ origin: where, input: article });
  });
  return out;
}

/** JSON Lines: one article object per line; a bad line is a problem of its own and the others still count. */
export function parseJsonl(text: string, origin: string): ParsedInput {
  const out: ParsedInput = { articles: [], problems: [] };
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${origin}, line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      out.problems.push({ origin: where, message: 'not valid JSON' });
      return;
    }
    const article = recordToArticle(value);
    if (typeof article === 'string') out.problems.push({ origin: where, message: article });
    else out.articles.push({ origin: where, input: article });
  });
  return out;
}

/** Reads a pasted text or a dropped file in its format (given, or detected) into articles and problems. */
export function parseInput(text: string, origin: string, fileName: string | null = null, format: InputFormat = detectInputFormat(text, fileName)): ParsedInput {
  switch (format) {
    case 'seed':
      return parseSeed(text, origin);
    case 'json':
      return parseJson(text, origin);
    case 'jsonl':
      return parseJsonl(text, origin);
    case 'html':
      return parseHtml(text, origin);
    case 'rss':
      return parseRss(text, origin);
  }
}
