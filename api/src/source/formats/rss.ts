import { XMLParser } from 'fast-xml-parser';
import { buildArticle } from '../buildArticle';
import type { BuildOptions } from '../buildArticle';
import type { SourceResult } from '../types';

type Node = Record<string, unknown>;

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The text of an element that may carry attributes (`{ '#text': … }`) or CDATA. */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') {
    const node = value as Node;
    return text(node['#text'] ?? node['__cdata']);
  }
  return null;
}

/** An Atom link: the `rel="alternate"` (or first) `href`. */
function atomLink(value: unknown): string | null {
  const links = asArray(value) as Node[];
  const alternate = links.find((l) => typeof l === 'object' && (l['@_rel'] === undefined || l['@_rel'] === 'alternate')) ?? links[0];
  if (typeof alternate === 'string') return alternate;
  return alternate && typeof alternate['@_href'] === 'string' ? alternate['@_href'] : null;
}

/** Reads an RSS 2.0 or Atom feed: one article per item, from its title, link, date and content or description (markup stripped). */
export function readRss(xml: string, options: BuildOptions): SourceResult {
  const origin = { file: options.file, line: null };
  let doc: Node;
  try {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, cdataPropName: '__cdata', processEntities: true });
    doc = parser.parse(xml) as Node;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { articles: [], issues: [{ kind: 'invalid-feed', message: `source: not a readable RSS/Atom feed (${reason})`, span: null, origin }] };
  }
  const channel = ((doc.rss as Node | undefined)?.channel ?? (doc['rdf:RDF'] as Node | undefined)) as Node | undefined;
  const feed = doc.feed as Node | undefined;
  const result: SourceResult = { articles: [], issues: [] };
  const items = channel ? asArray(channel.item ?? (doc['rdf:RDF'] as Node | undefined)?.item) : asArray(feed?.entry);
  const feedTitle = text(channel?.title ?? feed?.title);
  if (!channel && !feed) {
    result.issues.push({ kind: 'invalid-feed', message: 'source: the XML is neither an RSS channel nor an Atom feed', span: null, origin });
    return result;
  }
  items.forEach((raw, index) => {
    const item = (raw ?? {}) as Node;
    const body = text(item['content:encoded']) ?? text(item.content) ?? text(item.description) ?? text(item.summary);
    if (body === null) {
      result.issues.push({ kind: 'invalid-record', message: `source: feed item ${index + 1} has no content or description; skipped`, span: null, origin });
      return;
    }
    const link = channel ? text(item.link) ?? text(item.guid) : atomLink(item.link);
    result.articles.push(
      buildArticle(
        {
          title: text(item.title),
          summary: null,
          url: link,
          publishedAt: text(item.pubDate) ?? text(item['dc:date']) ?? text(item.published) ?? text(item.updated),
          source: feedTitle,
          body,
          markup: 'strip',
        },
        options,
        null,
      ),
    );
  });
  if (!items.length) result.issues.push({ kind: 'empty-feed', message: 'source: the feed has no items', span: null, origin });
  return result;
}
