import { describe, expect, it } from 'vitest';
import { readRss } from '../../../api/src/source/formats/rss';

describe('readRss', () => {
  it('reads RSS items: title, link, pubDate and HTML description stripped', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
      <item><title>Envoy arrives</title><link>https://example.org/1</link><pubDate>Tue, 14 May 2024 08:00:00 +0000</pubDate>
        <description><![CDATA[<p>The envoy <b>arrived</b>.</p><p>Talks begin.</p>]]></description></item>
      <item><title>Encoded</title><link>https://example.org/2</link><content:encoded>&lt;p&gt;Full text&lt;/p&gt;</content:encoded><description>Short</description></item>
      <item><title>Empty</title></item>
    </channel></rss>`;
    const result = readRss(xml, { file: 'feed.xml' });
    expect(result.articles.map(({ title, url, publishedAt, source, body }) => ({ title, url, publishedAt, source, body }))).toEqual([
      { title: 'Envoy arrives', url: 'https://example.org/1', publishedAt: '2024-05-14', source: 'Wire', body: 'The envoy arrived.\n\nTalks begin.' },
      { title: 'Encoded', url: 'https://example.org/2', publishedAt: null, source: 'Wire', body: 'Full text' },
    ]);
    expect(result.issues.map((i) => i.message)).toEqual(['source: feed item 3 has no content or description; skipped']);
  });

  it('reads Atom entries with their alternate link and published date', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
      <entry><title>Talks</title><link rel="self" href="https://example.org/self"/><link rel="alternate" href="https://example.org/talks"/>
        <published>2020-01-02T10:00:00Z</published><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>`;
    const [article] = readRss(xml, { file: null }).articles;
    expect(article).toMatchObject({ title: 'Talks', url: 'https://example.org/talks', publishedAt: '2020-01-02', source: 'Atom wire', body: 'Body' });
  });

  it('reports XML that is neither RSS nor Atom', () => {
    expect(readRss('<note><to>x</to></note>', { file: null }).issues[0]?.kind).toBe('invalid-feed');
  });
});
