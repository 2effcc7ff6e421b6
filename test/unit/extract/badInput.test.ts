import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../api/src/extract/index';
import type { ExtractionResult } from '../../../api/src/extract/types';
import { readArticles } from '../../../api/src/source/index';
import type { SourceInput } from '../../../api/src/source/index';

/** Reads one input and extracts its single article. */
function extractOne(input: SourceInput): ExtractionResult {
  const { articles } = readArticles(input);
  expect(articles).toHaveLength(1);
  return extractArticle(articles[0]!);
}

/** Every mention and statement span must point at the text it claims, whatever the input. */
function expectConsistentOffsets(result: ExtractionResult, body: string): void {
  for (const entity of [...result.persons, ...result.countries, ...result.organizations, ...result.treaties]) {
    for (const m of entity.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  }
  for (const s of result.statements) {
    expect(s.span.start).toBeGreaterThanOrEqual(0);
    expect(s.span.end).toBeLessThanOrEqual(body.length);
    if (s.quote) for (const fragment of s.quote.split(' [...] ')) expect(body).toContain(fragment);
  }
}

const EMPTY_FACTS = { persons: [], countries: [], organizations: [], treaties: [], statements: [] };

describe('bad input never crashes or hangs', () => {
  it('empty text: an empty-text issue and nothing extracted', () => {
    const result = extractOne({ text: '', fileName: 'empty.txt' });
    expect(result).toEqual({
      article: { id: expect.stringMatching(/^art:/), title: null, summary: null, url: null, publishedAt: null, source: null },
      ...EMPTY_FACTS,
      issues: [{ kind: 'empty-text', message: 'extract: the article body is empty; nothing to extract', span: null }],
    });
  });

  it('whitespace only: an empty-text issue and nothing extracted', () => {
    const result = extractOne({ text: '   \n\n\t  \n', fileName: 'blank.txt' });
    expect(result).toMatchObject(EMPTY_FACTS);
    expect(result.issues.map((i) => i.kind)).toEqual(['empty-text']);
  });

  it('binary or garbage bytes: a binary-text issue and nothing extracted', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 131 + 7) % 256);
    const result = extractOne({ buffer: bytes, fileName: 'photo.bin' });
    expect(result).toMatchObject(EMPTY_FACTS);
    expect(result.issues.map((i) => i.kind)).toEqual(['binary-text']);
  });

  it('a non-English article: detected, reported with its language, not extracted', () => {
    const body =
      'Der russische Außenminister hat am Dienstag bestritten, dass Venezuela um militärische Hilfe gebeten habe. ' +
      '„Wir haben keine solchen Anfragen erhalten“, sagte er vor Journalisten in Moskau und warnte die Vereinigten Staaten.';
    const result = extractOne({ text: body });
    expect(result).toMatchObject(EMPTY_FACTS);
    expect(result.issues).toEqual([
      { kind: 'non-english', message: 'extract: the article looks like language "deu", not English; extraction skipped', span: null },
    ]);
  });

  it('5 MB of text: capped with a clear issue, finished in seconds, offsets still valid', () => {
    const paragraph =
      'Foreign Minister Anna Lindqvist of Sweden said on Monday that talks with Norway would resume. "We are ready," she told reporters in Stockholm.\n';
    const body = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const started = performance.now();
    const result = extractOne({ text: body, format: 'seed' });
    expect(performance.now() - started).toBeLessThan(20_000);
    const truncated = result.issues.find((i) => i.kind === 'text-truncated');
    expect(truncated?.message).toMatch(/^extract: the body has 5,2\d\d,\d\d\d characters; only the first 99,\d\d\d were extracted \(limit 100,000\)$/);
    expect(result.countries.map((c) => c.iso3)).toEqual(expect.arrayContaining(['SWE', 'NOR']));
    expectConsistentOffsets(result, body);
  }, 60_000);

  it('5 MB of a single unbroken token: capped, no hang', () => {
    const result = extractOne({ text: 'x'.repeat(5 * 1024 * 1024), format: 'seed' });
    expect(result.issues.map((i) => i.kind)).toContain('text-truncated');
  }, 60_000);

  it('HTML or script tags inside a JSON text field: stripped (never run) and reported', () => {
    const text = JSON.stringify({
      title: 'Envoy <i>visits</i>',
      text: '<p>Foreign Minister Anna Lindqvist visited Norway on Monday.</p><script>globalThis.badInputRan = 1</script><img src=x onerror="globalThis.badInputRan = 2">',
    });
    const result = extractOne({ text, fileName: 'story.json' });
    expect(result.article.title).toBe('Envoy visits');
    expect(result.issues[0]).toEqual({
      kind: 'html-stripped',
      message: 'source: markup in the text field was stripped to plain text (scripts removed, never run)',
      span: null,
    });
    expect((globalThis as { badInputRan?: number }).badInputRan).toBeUndefined();
    const mentions = result.persons.flatMap((p) => p.mentions.map((m) => m.text));
    expect(mentions.join(' ')).not.toMatch(/[<>]|script/);
  });

  it('malformed JSONL lines: each reported with its line number, the other lines processed', () => {
    const text = ['{"id":"one","text":"The envoy arrived in Oslo."}', '{"id":"two","text":', 'not json at all', '{"id":"four","text":"Talks went on."}'].join('\n');
    const { articles, issues } = readArticles({ text, fileName: 'batch.jsonl' });
    expect(articles.map((a) => a.id)).toEqual(['one', 'four']);
    expect(issues.map((i) => [i.kind, i.origin.line])).toEqual([
      ['malformed-jsonl', 2],
      ['malformed-jsonl', 3],
    ]);
    expect(articles.map((a) => extractArticle(a).article.id)).toEqual(['one', 'four']);
  });

  it('quotes that never close: no crash, no hang, valid offsets', () => {
    const body =
      'Foreign Minister Anna Lindqvist said on Monday: "We will not accept this, and we will say so at every meeting\n\n' +
      'The talks continued in the afternoon. Norway’s envoy called the proposal « premature and said nothing more.\n\n' +
      'Later a spokesman said “the door is open.';
    const started = performance.now();
    const result = extractOne({ text: body });
    expect(performance.now() - started).toBeLessThan(5_000);
    expectConsistentOffsets(result, body);
  });

  it('a date in the future: kept, and flagged with a future-date issue', () => {
    const result = extractOne({ text: JSON.stringify({ text: 'The envoy arrived in Oslo on Monday.', publishedAt: '2999-05-01' }) });
    expect(result.article.publishedAt).toBe('2999-05-01');
    expect(result.issues.filter((i) => i.kind === 'future-date')).toEqual([
      {
        kind: 'future-date',
        message: expect.stringMatching(/^extract: publication date 2999-05-01 is after today \(\d{4}-\d{2}-\d{2}\); kept, but relative dates resolved against it are doubtful$/),
        span: null,
      },
    ]);
  });
});
