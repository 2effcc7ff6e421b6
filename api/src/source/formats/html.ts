import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { buildArticle } from '../buildArticle';
import type { BuildOptions } from '../buildArticle';
import { elementToText, htmlToText } from '../htmlToText';
import type { SourceResult } from '../types';

// Where pages state their publication date, most specific first.
const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]',
  'meta[property="og:published_time"]',
];

interface QueryableDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

function attribute(doc: QueryableDocument, selector: string, name: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : null;
}

/** The publication date a page states in its meta tags, JSON-LD or first `<time datetime>`, or null. */
function statedDate(doc: QueryableDocument): string | null {
  for (const selector of DATE_SELECTORS) {
    const value = attribute(doc, selector, 'content');
    if (value) return value;
  }
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(scripts[i]?.textContent ?? '');
    if (match?.[1]) return match[1];
  }
  return attribute(doc, 'article time[datetime]', 'datetime') ?? attribute(doc, 'time[datetime]', 'datetime');
}

/**
 * Reads an HTML page: the main text through @mozilla/readability on a linkedom document (falling back to the whole body),
 * the title, canonical URL, site name and the date the page states. Scripts are removed, never run.
 */
export function readHtml(html: string, options: BuildOptions): SourceResult {
  const { document } = parseHTML(html);
  const doc = document as unknown as QueryableDocument;
  const date = statedDate(doc);
  const url = attribute(doc, 'link[rel="canonical"]', 'href') ?? attribute(doc, 'meta[property="og:url"]', 'content');
  const metaTitle = attribute(doc, 'meta[property="og:title"]', 'content') ?? (doc.querySelector('title')?.textContent?.trim() || null);
  const siteName = attribute(doc, 'meta[property="og:site_name"]', 'content');
  const summary = attribute(doc, 'meta[name="description"]', 'content') ?? attribute(doc, 'meta[property="og:description"]', 'content');
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    parsed = null;
  }
  const body = parsed?.content ? htmlToText(parsed.content) : elementToText((document as unknown as { body: unknown }).body);
  const article = buildArticle(
    {
      title: parsed?.title || metaTitle,
      summary,
      url,
      publishedAt: date ?? parsed?.publishedTime ?? null,
      source: siteName ?? parsed?.siteName ?? null,
      body,
    },
    options,
    null,
  );
  return { articles: [article], issues: [] };
}
