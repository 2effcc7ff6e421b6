import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../api/src/server/index';
import { checkGraph } from '../../../api/src/store/index';
import { codesOf, sendGraphQL, startApiServer } from '../../_utils/apiServer';
import { clearGraph, getTestExecutor } from '../../_utils/testDb';

// The four mutations end to end over HTTP, through the real ingest pipeline (extraction included) and the store.
const NORWAY_CHILE = {
  title: 'Norway and Chile agree on fisheries patrols',
  publishedAt: '2025-03-10',
  source: 'Test Wire',
  url: 'https://example.test/norway-chile',
  text:
    'OSLO, March 10 — Norwegian Foreign Minister Ingrid Dalvik said on Monday that Norway and Chile would start joint fisheries patrols in the South Pacific next year.\n\n' +
    '"Our navies will work side by side to stop illegal fishing," Dalvik told reporters in Oslo after meeting Chilean Foreign Minister Tomas Errazuriz.\n\n' +
    'Errazuriz said Chile welcomed the agreement and praised Norway for its support.',
};
const CHILE_PERU = {
  title: 'Chile criticises Peru over border fence',
  publishedAt: '2025-03-12',
  source: 'Test Wire',
  url: 'https://example.test/chile-peru',
  text:
    'SANTIAGO, March 12 — Chilean Foreign Minister Tomas Errazuriz on Wednesday criticised Peru for building a fence along the shared border, calling it "an unfriendly act".\n\n' +
    "Peru's government said the fence was needed to control smuggling.",
};

const INGEST = `mutation ($input: [ArticleInput!]!) {
  ingestArticles(input: $input) {
    results { index articleId title status error newEntities { id } }
    new updated unchanged failed statementsWritten elapsedMs
  }
}`;

let server: RunningServer;

beforeAll(async () => {
  await clearGraph();
  server = await startApiServer();
});

afterAll(async () => {
  await server?.close();
});

const ingest = (input: unknown[]) => sendGraphQL(server.url, INGEST, { input });

// The first ingest loads the extraction pipeline; on a busy 2-core machine writes take seconds each.
const SLOW = 240_000;

describe('ingestArticles', () => {
  let ids: string[] = [];

  it('stores new articles through the pipeline, with a result per article and the entities each created', async () => {
    const res = await ingest([NORWAY_CHILE, CHILE_PERU]);
    expect(res.errors).toBeUndefined();
    const report = res.data.ingestArticles;
    ids = report.results.map((r: { articleId: string }) => r.articleId);
    expect(ids.every((id) => /^art:/.test(id))).toBe(true);
    expect({ ...report, elapsedMs: 0 }).toEqual({
      results: [
        {
          index: 0, articleId: ids[0], title: NORWAY_CHILE.title, status: 'NEW', error: null,
          newEntities: [{ id: 'country:CHL' }, { id: 'country:NOR' }, { id: 'person:ingrid-dalvik' }, { id: 'person:tomas-errazuriz' }],
        },
        { index: 1, articleId: ids[1], title: CHILE_PERU.title, status: 'NEW', error: null, newEntities: [{ id: 'country:PER' }, { id: 'org:per-government' }] },
      ],
      new: 2, updated: 0, unchanged: 0, failed: 0, statementsWritten: report.statementsWritten, elapsedMs: 0,
    });
    expect(report.statementsWritten).toBeGreaterThanOrEqual(4);
  }, SLOW);

  it('makes the entities visible to the read API at once', async () => {
    const res = await sendGraphQL(server.url, '{ entity(id: "person:ingrid-dalvik") { id name kind } }');
    expect(res.data).toEqual({ entity: { id: 'person:ingrid-dalvik', name: 'Ingrid Dalvik', kind: 'PERSON' } });
  }, SLOW);

  it('skips unchanged articles, replaces changed ones, and creates nothing twice', async () => {
    const res = await ingest([NORWAY_CHILE, { ...CHILE_PERU, text: `${CHILE_PERU.text}\n\nThe fence is 40 kilometres long.` }]);
    const report = res.data.ingestArticles;
    expect(report.results.map((r: { status: string; newEntities: unknown[] }) => [r.status, r.newEntities])).toEqual([
      ['UNCHANGED', []],
      ['UPDATED', []],
    ]);
    expect([report.new, report.updated, report.unchanged, report.failed]).toEqual([0, 1, 1, 0]);
  }, SLOW);

  it('reports an article the pipeline cannot store as FAILED with the reason, and stores the others', async () => {
    const res = await ingest([{ title: 'Empty', text: '   ' }, { ...NORWAY_CHILE, url: 'https://example.test/norway-chile-2' }]);
    const results = res.data.ingestArticles.results;
    expect(results[0]).toMatchObject({ index: 0, status: 'FAILED', newEntities: [] });
    expect(results[0].error).toBe('extract: the article body is whitespace only (3 characters); nothing to extract');
    expect(results[1]).toMatchObject({ index: 1, status: 'NEW', error: null, newEntities: [] });
  }, SLOW);

  it('refuses bad input with BAD_USER_INPUT naming the argument, before anything is written', async () => {
    const cases: Array<[unknown[], RegExp]> = [
      [[], /^input: give 1 to 100 articles/],
      [Array.from({ length: 101 }, (_, i) => ({ title: `t${i}`, text: 'x' })), /^input: give 1 to 100 articles per call, not 101/],
      [[NORWAY_CHILE, { ...CHILE_PERU, publishedAt: '2025-02-30' }], /^input\[1\]\.publishedAt: "2025-02-30" is not a date/],
      [[{ ...CHILE_PERU, title: '  ' }], /^input\[0\]\.title: /],
      [[{ ...CHILE_PERU, url: 'javascript:alert(1)' }], /^input\[0\]\.url: must be an http\(s\) URL/],
    ];
    for (const [input, message] of cases) {
      const res = await ingest(input);
      expect(codesOf(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.message).toMatch(message);
    }
  }, SLOW);
});

describe('renameEntity, mergeEntities, deleteArticle', () => {
  it('renameEntity sets the name and keeps the old one as an alias', async () => {
    const res = await sendGraphQL(server.url, 'mutation { renameEntity(id: "person:ingrid-dalvik", name: "  Ingrid M.  Dalvik ") { id name aliases } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.renameEntity).toMatchObject({ id: 'person:ingrid-dalvik', name: 'Ingrid M. Dalvik' });
    expect(res.data.renameEntity.aliases).toContain('Ingrid Dalvik');
  }, SLOW);

  it('renameEntity refuses a bad id or name with BAD_USER_INPUT, and a missing entity with NOT_FOUND', async () => {
    const bad = await sendGraphQL(server.url, 'mutation { renameEntity(id: "nobody", name: "X") { id } }');
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.message).toMatch(/^id: /);
    const empty = await sendGraphQL(server.url, 'mutation { renameEntity(id: "person:ingrid-dalvik", name: "   ") { id } }');
    expect(empty.errors?.[0]?.message).toMatch(/^name: /);
    const long = await sendGraphQL(server.url, 'mutation ($n: String!) { renameEntity(id: "person:ingrid-dalvik", name: $n) { id } }', { n: 'x'.repeat(301) });
    expect(long.errors?.[0]?.message).toMatch(/^name: /);
    expect(codesOf(await sendGraphQL(server.url, 'mutation { renameEntity(id: "person:no-such-person", name: "X") { id } }'))).toEqual(['NOT_FOUND']);
  }, SLOW);

  it('mergeEntities folds one entity into another of the same kind', async () => {
    const res = await sendGraphQL(server.url, 'mutation { mergeEntities(keep: "person:ingrid-dalvik", merge: "person:tomas-errazuriz") { id name aliases } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.mergeEntities.id).toBe('person:ingrid-dalvik');
    expect(res.data.mergeEntities.aliases).toContain('Tomas Errazuriz');
    expect((await sendGraphQL(server.url, '{ entity(id: "person:tomas-errazuriz") { id } }')).data).toEqual({ entity: null });
  }, SLOW);

  it('mergeEntities refuses itself, other kinds and missing ids', async () => {
    const self = await sendGraphQL(server.url, 'mutation { mergeEntities(keep: "country:CHL", merge: "country:CHL") { id } }');
    expect(codesOf(self)).toEqual(['BAD_USER_INPUT']);
    expect(self.errors?.[0]?.message).toMatch(/^merge: /);
    const kinds = await sendGraphQL(server.url, 'mutation { mergeEntities(keep: "country:CHL", merge: "person:ingrid-dalvik") { id } }');
    expect(kinds.errors?.[0]?.message).toMatch(/^merge: .*different kinds/);
    expect(codesOf(await sendGraphQL(server.url, 'mutation { mergeEntities(keep: "country:CHL", merge: "country:ZZZ") { id } }'))).toEqual(['NOT_FOUND']);
  }, SLOW);

  it('deleteArticle removes an article, its statements and the entities only it supported', async () => {
    const listed = await sendGraphQL(server.url, '{ articles(first: 10) { edges { node { id title } } } }');
    const peru = listed.data.articles.edges.map((e: { node: { id: string; title: string } }) => e.node).find((a: { title: string }) => a.title === CHILE_PERU.title);
    const res = await sendGraphQL(server.url, `mutation { deleteArticle(id: "${peru.id}") { id deleted entitiesRemoved statementsRemoved } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.deleteArticle).toEqual({ id: peru.id, deleted: true, entitiesRemoved: 2, statementsRemoved: 2 });
    expect((await sendGraphQL(server.url, '{ entity(id: "country:PER") { id } }')).data).toEqual({ entity: null });
    const again = await sendGraphQL(server.url, `mutation { deleteArticle(id: "${peru.id}") { id deleted entitiesRemoved statementsRemoved } }`);
    expect(again.data.deleteArticle).toEqual({ id: peru.id, deleted: false, entitiesRemoved: 0, statementsRemoved: 0 });
  }, SLOW);

  it('leaves a graph that passes every check', async () => {
    expect(await checkGraph(getTestExecutor())).toEqual([]);
  }, SLOW);
});
