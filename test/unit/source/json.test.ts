import { describe, expect, it } from 'vitest';
import { readJson } from '../../../api/src/source/formats/json';
import { readJsonl } from '../../../api/src/source/formats/jsonl';

describe('readJson', () => {
  it('reads the documented fields and normalises the date', () => {
    const text = JSON.stringify({
      title: 'Talks resume',
      text: 'The envoy arrived on Monday.',
      summary: 'Envoy arrives.',
      url: 'https://example.org/talks',
      publishedAt: '2024-05-16T08:00:00Z',
      source: 'Example Wire',
    });
    expect(readJson(text, { file: 'a.json' })).toEqual({
      articles: [
        {
          id: expect.stringMatching(/^art:/),
          title: 'Talks resume',
          summary: 'Envoy arrives.',
          url: 'https://example.org/talks',
          publishedAt: '2024-05-16',
          source: 'Example Wire',
          body: 'The envoy arrived on Monday.',
          origin: { file: 'a.json', line: null },
        },
      ],
      issues: [],
    });
  });

  it('keeps a record id and accepts the dev-corpus field "outlet" as the source', () => {
    const [article] = readJson(JSON.stringify({ id: 'wire-1', outlet: 'Wire', text: 'x', publishedAt: null }), { file: null }).articles;
    expect(article).toMatchObject({ id: 'wire-1', source: 'Wire', publishedAt: null });
  });

  it('strips markup and scripts from the text field and reports it', () => {
    const text = JSON.stringify({ text: '<p>The minister <b>spoke</b>.</p><script>globalThis.pwned = true</script><p>Then he left.</p>' });
    const [article] = readJson(text, { file: null }).articles;
    expect(article?.body).toBe('The minister spoke.\n\nThen he left.');
    expect(article?.issues).toEqual([
      { kind: 'html-stripped', message: 'source: markup in the text field was stripped to plain text (scripts removed, never run)', span: null },
    ]);
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('reports an unreadable date and leaves it null', () => {
    const [article] = readJson(JSON.stringify({ text: 'x', publishedAt: 'soon' }), { file: null }).articles;
    expect(article?.publishedAt).toBeNull();
    expect(article?.issues?.[0]?.kind).toBe('invalid-date');
  });

  it('reads an array of records and reports the ones without text', () => {
    const result = readJson(JSON.stringify([{ text: 'a' }, { title: 'no text' }, 3]), { file: 'f.json' });
    expect(result.articles.map((a) => a.body)).toEqual(['a']);
    expect(result.issues.map((i) => i.message)).toEqual([
      'source: record has no "text" string field; skipped (array item 2)',
      'source: record is not a JSON object; skipped (array item 3)',
    ]);
  });

  it('gives one issue for invalid JSON', () => {
    const result = readJson('{"text": ', { file: 'f.json' });
    expect(result.articles).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ kind: 'invalid-json', origin: { file: 'f.json', line: null } });
  });
});

describe('readJsonl', () => {
  it('reads every good line, reports each bad one with its line number, and skips blank lines', () => {
    const text = ['{"id":"a","text":"first"}', '', '{"id":"b", text: oops}', '["not an object"]', '{"id":"c","text":"third"}'].join('\n');
    const result = readJsonl(text, { file: 'in.jsonl' });
    expect(result.articles.map((a) => [a.id, a.body, a.origin.line])).toEqual([
      ['a', 'first', 1],
      ['c', 'third', 5],
    ]);
    expect(result.issues.map((i) => [i.kind, i.origin.line])).toEqual([
      ['malformed-jsonl', 3],
      ['invalid-record', 4],
    ]);
    expect(result.issues[0]?.message).toMatch(/^source: line 3 is not valid JSON \(.+\); skipped$/);
    expect(result.issues[1]?.message).toBe('source: line 4 is not a JSON object; skipped');
  });
});
