import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLES_DIR } from '../../../api/src/ingest/loadSamples';
import { useApiCorpus } from '../../_utils/apiCorpus';
import { ingestFixtures } from '../../_utils/storeHelpers';
import { fixture } from '../../_utils/storeFixtures';
import { getTestExecutor } from '../../_utils/testDb';

const { gql, fixtures, statements: s } = useApiCorpus();

const ARTICLES = `query ($query: String, $since: Date, $until: Date, $first: Int, $after: String) {
  articles(query: $query, since: $since, until: $until, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id publishedAt } } } }`;
const list = async (vars: Record<string, unknown>) => {
  const c = (await gql.data(ARTICLES, vars)).articles;
  return { total: c.totalCount, ids: c.edges.map((e: any) => e.node.id) };
};

describe('articles', () => {
  it('pages through every article newest first, undated last', async () => {
    const seen: Array<[string[], boolean]> = [];
    let after: string | null = null;
    do {
      const c: any = (await gql.data(ARTICLES, { first: 2, after })).articles;
      expect(c.totalCount).toBe(5);
      seen.push([c.edges.map((e: any) => e.node.id), c.pageInfo.hasNextPage]);
      after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([[['art:api-four', 'art:api-three'], true], [['art:api-two', 'art:api-one'], true], [['art:api-undated'], false]]);
  });

  it('finds words in the title or text, case-insensitively, all words required, Lucene syntax taken literally', async () => {
    expect(await list({ query: 'zakharova' })).toEqual({ total: 1, ids: ['art:api-two'] });
    expect(await list({ query: 'WASHINGTON' })).toEqual({ total: 3, ids: ['art:api-four', 'art:api-two', 'art:api-one'] });
    expect(await list({ query: 'criticised Washington' })).toEqual({ total: 1, ids: ['art:api-two'] });
    expect(await list({ query: '"washington" AND (moscow' })).toEqual({ total: 2, ids: ['art:api-two', 'art:api-one'] });
    expect(await list({ query: 'TITLE OF' })).toEqual({ total: 5, ids: ['art:api-four', 'art:api-three', 'art:api-two', 'art:api-one', 'art:api-undated'] });
    expect(await list({ query: 'washington', since: '2025-03-01', until: '2025-03-31' })).toEqual({ total: 1, ids: ['art:api-two'] });
    expect(await list({ query: '* ~ :' })).toEqual({ total: 0, ids: [] });
  });

  it('keeps a date window', async () => {
    expect(await list({ since: '2025-03-01', until: '2025-03-31' })).toEqual({ total: 2, ids: ['art:api-three', 'art:api-two'] });
    expect(await list({ since: '2025-06-05' })).toEqual({ total: 1, ids: ['art:api-four'] });
    expect(await list({ until: '2025-01-15' })).toEqual({ total: 1, ids: ['art:api-one'] });
  });

  it('refuses bad arguments, naming them', async () => {
    for (const [vars, arg] of [[{ first: 0 }, 'first'], [{ first: 101 }, 'first'], [{ query: '' }, 'query'], [{ query: 'x'.repeat(201) }, 'query'], [{ since: '2025-1-1' }, 'since'], [{ after: 'zzz' }, 'after']] as const) {
      const res = await gql.raw(ARTICLES, vars);
      expect(res.errors?.[0], JSON.stringify(vars)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(new RegExp(`^${arg}: `)) });
    }
  });
});

describe('article', () => {
  it('gives an article with its text, mentions in text order (each slicing the text) and statements', async () => {
    const data = await gql.data(`{ article(id: "art:api-two") { id title summary url source publishedAt text
      mentions { entity { id } start end text } statements { id speaker { id } span { start end } } } }`);
    const body = fixtures[1]!.article.body;
    const at = (text: string, id: string) => ({ entity: { id }, start: body.indexOf(text), end: body.indexOf(text) + text.length, text });
    expect(data.article).toEqual({
      id: 'art:api-two', title: 'Title of art:api-two', summary: null, url: null, source: 'fixture', publishedAt: '2025-03-10', text: body,
      mentions: [
        at('Maria Zakharova', 'person:maria-zakharova'), at('Russian Foreign Ministry', 'org:russian-foreign-ministry'), at('Washington', 'country:USA'),
        at('Venezuelan', 'country:VEN'), at('Nicolás Maduro', 'person:nicolas-maduro'), at('Moscow', 'country:RUS'),
      ],
      statements: [
        { id: s.s2, speaker: { id: 'person:maria-zakharova' }, span: { start: 0, end: 94 } },
        { id: s.s3, speaker: { id: 'person:nicolas-maduro' }, span: { start: 95, end: 162 } },
      ],
    });
    for (const m of data.article.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  });

  it('answers null for a missing article and BAD_USER_INPUT for a malformed id', async () => {
    expect(await gql.data(`{ article(id: "art:nothing") { id } }`)).toEqual({ article: null });
    const res = await gql.raw(`{ article(id: "person:sergey-lavrov") { id } }`);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/^id: /) });
  });
});

describe('stats', () => {
  it('counts every kind, statements and articles, gives the date range, and says whether sample articles are loaded', async () => {
    const STATS = `{ stats { persons countries organizations treaties statements articles firstDate lastDate sampleData } }`;
    expect((await gql.data(STATS)).stats).toEqual({
      persons: 4, countries: 3, organizations: 2, treaties: 1, statements: 7, articles: 5, firstDate: '2025-01-15', lastDate: '2025-06-05', sampleData: false,
    });
    const sample = fixture('art:api-sample', 'A fictional sample article about Caracas.', '2024-12-31', path.join(SAMPLES_DIR, 'text', '2024-12-31-sample.txt'));
    sample.extraction.countries.push({ id: 'country:VEN', name: 'Venezuela', iso3: 'VEN', mentions: [{ start: 33, end: 40, text: 'Caracas' }] });
    await ingestFixtures(getTestExecutor(), [sample]);
    expect((await gql.data(STATS)).stats).toMatchObject({ articles: 6, firstDate: '2024-12-31', sampleData: true });
  });
});
