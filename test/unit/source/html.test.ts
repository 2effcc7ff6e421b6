import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../api/src/source/formats/html';
import { htmlToText, looksLikeHtml } from '../../../api/src/source/htmlToText';

const PARAGRAPH = 'The foreign minister of Atlantis said on Tuesday that the harbour agreement would be signed before the summer recess. ';

function page(head: string, article: string): string {
  return `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Harbour deal close</h1><p>${PARAGRAPH.repeat(3)}</p><p>${PARAGRAPH.repeat(2)}</p>${article}</article>
<footer>Copyright Example Wire</footer><script>document.title = 'changed'</script></body></html>`;
}

describe('readHtml', () => {
  it('extracts the main text, title, canonical URL, site name and the stated date', () => {
    const html = page(
      `<title>Harbour deal close | Example Wire</title><meta property="og:title" content="Harbour deal close">
       <meta property="og:site_name" content="Example Wire"><link rel="canonical" href="https://example.org/harbour">
       <meta property="article:published_time" content="2024-05-16T09:30:00+02:00"><meta name="description" content="A deal is near.">`,
      '',
    );
    const { articles, issues } = readHtml(html, { file: 'p.html' });
    expect(issues).toEqual([]);
    expect(articles[0]).toMatchObject({
      title: 'Harbour deal close',
      url: 'https://example.org/harbour',
      publishedAt: '2024-05-16',
      source: 'Example Wire',
      summary: 'A deal is near.',
    });
    const body = articles[0]?.body ?? '';
    expect(body).toContain(PARAGRAPH.trim());
    expect(body).not.toMatch(/Home|Copyright|document\.title/);
    expect(body.split('\n\n').length).toBeGreaterThanOrEqual(2);
  });

  it('reads the date from <time datetime> when there is no meta tag, and leaves it null when the page states none', () => {
    expect(readHtml(page('<title>T</title>', '<p><time datetime="2023-03-17">17 March</time></p>'), { file: null }).articles[0]?.publishedAt).toBe(
      '2023-03-17',
    );
    expect(readHtml(page('<title>T</title>', ''), { file: null }).articles[0]?.publishedAt).toBeNull();
  });

  it('falls back to the body text of a page too short for Readability', () => {
    const [article] = readHtml('<html><body><p>Short note.</p><script>x()</script></body></html>', { file: null }).articles;
    expect(article?.body).toBe('Short note.');
  });
});

describe('htmlToText', () => {
  it('keeps paragraphs and line breaks, decodes entities and drops scripts and styles with their content', () => {
    expect(htmlToText('<p>One &amp; two</p><style>p{}</style><p>Three<br>four</p><script>alert(1)</script>')).toBe('One & two\n\nThree\nfour');
  });
  it('detects markup but not a bare comparison sign', () => {
    expect(looksLikeHtml('a <b>bold</b> move')).toBe(true);
    expect(looksLikeHtml('Tom &amp; Jerry')).toBe(true);
    expect(looksLikeHtml('inflation < 2% and growth > 1%')).toBe(false);
  });
});
