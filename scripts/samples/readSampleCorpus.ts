import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { z } from 'zod';

/** The five layouts the sample corpus uses, one folder each. */
export type SampleFormat = 'text' | 'json' | 'jsonl' | 'html' | 'rss';

/** One sample article as this checker reads it, independently of the project's source stage. */
export interface SampleArticle {
  format: SampleFormat;
  /** Path relative to the corpus root, with `:line` or `#item` for multi-article files. */
  where: string;
  title: string;
  summary: string | null;
  /** Body paragraphs joined by blank lines. */
  text: string;
  /** `YYYY-MM-DD`, or null when the file states no readable date. */
  publishedAt: string | null;
}

/** A problem found while reading the corpus; any problem fails the check. */
export interface SampleProblem {
  where: string;
  message: string;
}

/** What `readSampleCorpus` returns: the articles read and the problems that stopped a file or record from being read. */
export interface SampleCorpus {
  articles: SampleArticle[];
  problems: SampleProblem[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FOLDERS: Record<SampleFormat, string> = { text: '.txt', json: '.json', jsonl: '.jsonl', html: '.html', rss: '.xml' };

const RecordSchema = z.strictObject({
  title: z.string().min(1),
  text: z.string().min(1),
  summary: z.string().min(1),
  url: z.url().refine((u) => new URL(u).hostname.endsWith('example.org'), 'url must be on example.org (samples are fictional)'),
  publishedAt: z.string().regex(ISO_DATE, 'publishedAt must be YYYY-MM-DD'),
  source: z.string().min(1),
});

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

function filesIn(root: string, format: SampleFormat): string[] {
  try {
    return readdirSync(path.join(root, format))
      .filter((f) => f.endsWith(FOLDERS[format]))
      .sort()
      .map((f) => path.join(format, f));
  } catch {
    return [];
  }
}

/** Seed layout: body lines, then a headline line, then a one-line summary; the date comes from the leading `YYYY-MM-DD-` of the file name. */
function readText(root: string, file: string): SampleArticle | SampleProblem {
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
  if (lines.some((l) => !l.trim())) return { where: file, message: 'seed layout has no blank lines (one paragraph per line)' };
  const summary = lines.pop();
  const title = lines.pop();
  if (!title || !summary || lines.length === 0) return { where: file, message: 'seed layout needs body line(s), a headline line and a summary line' };
  if (/[.!?:;,]["'\u201d\u2019\u00bb)]*$/.test(title)) return { where: file, message: `headline line ends like prose: "${title}"` };
  const date = /^(\d{4}-\d{2}-\d{2})-/.exec(path.basename(file))?.[1] ?? null;
  if (!date || !isRealDate(date)) return { where: file, message: 'file name must start with a real YYYY-MM-DD date' };
  return { format: 'text', where: file, title, summary, text: lines.join('\n\n'), publishedAt: date };
}

function readRecord(value: unknown, format: 'json' | 'jsonl', where: string): SampleArticle | SampleProblem {
  const parsed = RecordSchema.safeParse(value);
  if (!parsed.success) return { where, message: parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ') };
  const r = parsed.data;
  if (!isRealDate(r.publishedAt)) return { where, message: `publishedAt ${r.publishedAt} is not a real date` };
  return { format, where, title: r.title, summary: r.summary, text: r.text, publishedAt: r.publishedAt };
}

function readJsonFile(root: string, file: string): SampleArticle | SampleProblem {
  try {
    return readRecord(JSON.parse(readFileSync(path.join(root, file), 'utf8')), 'json', file);
  } catch (err) {
    return { where: file, message: `not valid JSON (${(err as Error).message})` };
  }
}

function readJsonlFile(root: string, file: string): Array<SampleArticle | SampleProblem> {
  const content = readFileSync(path.join(root, file), 'utf8');
  if (!content.endsWith('\n')) return [{ where: file, message: 'JSONL file must end with a newline' }];
  return content
    .slice(0, -1)
    .split('\n')
    .map((line, i) => {
      const where = `${file}:${i + 1}`;
      try {
        return readRecord(JSON.parse(line), 'jsonl', where);
      } catch (err) {
        return { where, message: `line is not valid JSON (${(err as Error).message})` };
      }
    });
}

function readHtmlFile(root: string, file: string): SampleArticle | SampleProblem {
  const html = readFileSync(path.join(root, file), 'utf8');
  const { document } = parseHTML(html);
  const published = document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ?? '';
  const timeAttr = document.querySelector('article time[datetime]')?.getAttribute('datetime') ?? '';
  const h1 = document.querySelector('article h1')?.textContent?.trim() ?? '';
  const summary = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null;
  if (!document.querySelector('head > title') || !document.querySelector('nav') || !document.querySelector('footer')) {
    return { where: file, message: 'HTML page needs <title>, <nav> and <footer>' };
  }
  if (!h1 || published.slice(0, 10) !== timeAttr.slice(0, 10)) {
    return { where: file, message: 'HTML page needs <article><h1> and a <time datetime> matching article:published_time' };
  }
  // Read the paragraphs first: Readability rewrites the document it parses.
  const paragraphs = [...document.querySelectorAll('article p')]
    .filter((p) => !p.closest('header'))
    .map((p) => (p.textContent ?? '').trim());
  // Readability is what the source stage relies on; if it cannot find the story, the page is not a realistic sample.
  const parsed = new Readability(document as unknown as Document).parse();
  if (!parsed?.textContent) return { where: file, message: 'Readability found no article content' };
  const date = published.slice(0, 10);
  return { format: 'html', where: file, title: h1, summary, text: paragraphs.join('\n\n'), publishedAt: isRealDate(date) ? date : null };
}

function readRssFile(root: string, file: string): Array<SampleArticle | SampleProblem> {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
  let doc: { rss?: { channel?: { item?: Array<Record<string, unknown>> } } };
  try {
    doc = parser.parse(readFileSync(path.join(root, file), 'utf8'), true) as typeof doc;
  } catch (err) {
    return [{ where: file, message: `not well-formed XML (${(err as Error).message})` }];
  }
  const items = doc.rss?.channel?.item ?? [];
  if (items.length === 0) return [{ where: file, message: 'RSS 2.0 feed has no <channel><item>' }];
  return items.map((item, i) => {
    const where = `${file}#${i + 1}`;
    const { title, link, pubDate, description } = item;
    if (typeof title !== 'string' || typeof link !== 'string' || typeof pubDate !== 'string' || typeof description !== 'string') {
      return { where, message: 'item needs title, link, pubDate and description' };
    }
    const date = new Date(pubDate);
    if (Number.isNaN(date.getTime())) return { where, message: `pubDate "${pubDate}" is not an RFC 822 date` };
    // The description is escaped HTML; the parser has decoded the entities, so only the tags remain to strip.
    const paragraphs = description.split(/<\/p>\s*/).map((p) => p.replace(/<[^>]+>/g, '').trim()).filter(Boolean);
    return { format: 'rss', where, title, summary: null, text: paragraphs.join('\n\n'), publishedAt: date.toISOString().slice(0, 10) };
  });
}

/** Reads every sample under `root` (text/, json/, jsonl/, html/, rss/) with independent parsers; never throws on content, only on a missing root. */
export function readSampleCorpus(root: string): SampleCorpus {
  readdirSync(root); // a missing corpus is misuse, not a finding
  const results: Array<SampleArticle | SampleProblem> = [
    ...filesIn(root, 'text').map((f) => readText(root, f)),
    ...filesIn(root, 'json').map((f) => readJsonFile(root, f)),
    ...filesIn(root, 'jsonl').flatMap((f) => readJsonlFile(root, f)),
    ...filesIn(root, 'html').map((f) => readHtmlFile(root, f)),
    ...filesIn(root, 'rss').flatMap((f) => readRssFile(root, f)),
  ];
  const articles = results.filter((r): r is SampleArticle => 'format' in r);
  const problems = results.filter((r): r is SampleProblem => !('format' in r));
  return { articles, problems };
}
