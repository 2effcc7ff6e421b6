import { describe, expect, it } from 'vitest';
import { readArticles } from '../../../api/src/source/index';

describe('readArticles', () => {
  it('decodes a buffer, detects the format from the file name and keeps the origin', () => {
    const result = readArticles({ buffer: new TextEncoder().encode('{"id":"x","text":"é"}\n'), fileName: 'in.jsonl' });
    expect(result.articles.map((a) => [a.id, a.body, a.origin])).toEqual([['x', 'é', { file: 'in.jsonl', line: 1 }]]);
  });

  it('lets --format override detection', () => {
    const [article] = readArticles({ text: '{"text":"x"}', format: 'seed' }).articles;
    expect(article?.body).toBe('{"text":"x"}');
  });

  it('gives the same id to the same article read twice, and different ids to different ones', () => {
    const a = readArticles({ text: 'The envoy spoke.' }).articles[0]?.id;
    expect(readArticles({ text: 'The envoy spoke.' }).articles[0]?.id).toBe(a);
    expect(readArticles({ text: 'The envoy left.' }).articles[0]?.id).not.toBe(a);
  });

  it('never fills a missing date with today, and applies a publishedAt override to every article', () => {
    expect(readArticles({ text: 'x' }).articles[0]?.publishedAt).toBeNull();
    const overridden = readArticles({ text: '{"text":"a","publishedAt":"2020-01-01"}\n{"text":"b"}', format: 'jsonl', publishedAt: '2024-02-29' });
    expect(overridden.articles.map((a) => a.publishedAt)).toEqual(['2024-02-29', '2024-02-29']);
  });

  it('turns invalid UTF-8 into replacement characters instead of throwing', () => {
    const [article] = readArticles({ buffer: new Uint8Array([0xff, 0xfe, 0x41]), fileName: 'x.txt' }).articles;
    expect(article?.body).toContain('\ufffd');
  });

  it('throws on misuse only: no input, or an unreadable override date', () => {
    expect(() => readArticles({})).toThrow('source: readArticles needs `text` or `buffer`');
    expect(() => readArticles({ text: 'x', publishedAt: 'someday' })).toThrow(/not a date; use YYYY-MM-DD/);
  });
});
