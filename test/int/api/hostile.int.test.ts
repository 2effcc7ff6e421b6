import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../api/src/server/index';
import { checkGraph } from '../../../api/src/store/index';
import { codesOf, sendGraphQL, startApiServer, type WireResponse } from '../../_utils/apiServer';
import { clearGraph, getTestExecutor } from '../../_utils/testDb';

// Hostile strings in every argument that reaches Cypher or the full-text index: the graph must come out unchanged (values
// travel as parameters, Lucene syntax is escaped) and every answer must be data or a clean BAD_USER_INPUT / NOT_FOUND.
const HOSTILE: Array<[string, string]> = [
  ['cypher: close and delete', "'}) DETACH DELETE n //"],
  ['cypher: double quote', '"}) MATCH (n) DETACH DELETE n RETURN 1 //'],
  ['cypher: backtick label', '`) DETACH DELETE n WITH 1 AS x MATCH (m:`'],
  ['cypher: comment and union', '*/ UNION MATCH (n) SET n.name = "pwned" //'],
  ['cypher: parameter lookalike', '$id OR true'],
  ['lucene: match all', '*:*'],
  ['lucene: field and boolean', 'name:* OR aliases:* AND NOT id:x'],
  ['lucene: fuzzy, boost, range', 'lavrov~2^10 [a TO z] {x TO y}'],
  ['lucene: unbalanced', '((("unterminated'],
  ['lucene: regex and escapes', '/.*/ \\ ? + - && || ! ^ ~ : /'],
  ['unicode: right-to-left override', '\u202Evorval\u202C'],
  ['unicode: zero-width joiners', 'La\u200Bv\u200Dro\uFEFFv'],
  ['unicode: combining marks', 'Lavrov\u0301\u0301\u0301\u0301'],
  ['unicode: fullwidth and homoglyphs', 'ｌａｖｒｏｖ Lаvrоv'],
  ['unicode: control characters', 'a\u0000b\u0007c\u001Bd'],
  ['unicode: lone surrogate', 'x\uD800y'],
  ['unicode: emoji and ideographs', '🇷🇺💣 俄罗斯 روسيا'],
  ['1 MB string', 'A'.repeat(1024 * 1024)],
];

const QUERIES: Array<[string, string]> = [
  ['search', 'query ($s: String!) { search(query: $s) { id } }'],
  ['entity', 'query ($s: ID!) { entity(id: $s) { id } }'],
  ['neighborhood', 'query ($s: ID!) { neighborhood(ids: [$s]) { total } }'],
  ['path', 'query ($s: ID!) { path(from: $s, to: "country:NOR") { total } }'],
  ['statements', 'query ($s: ID!) { statements(speaker: $s, about: $s) { totalCount } }'],
  ['statements category', 'query ($s: String!) { statements(category: $s) { totalCount } }'],
  ['articles', 'query ($s: String!) { articles(query: $s) { totalCount } }'],
  ['article', 'query ($s: ID!) { article(id: $s) { id } }'],
  ['relationTimeline', 'query ($s: ID!) { relationTimeline(a: $s, b: $s) { count } }'],
  ['renameEntity id', 'mutation ($s: ID!) { renameEntity(id: $s, name: "Renamed") { id } }'],
  ['mergeEntities', 'mutation ($s: ID!) { mergeEntities(keep: $s, merge: "country:NOR") { id } }'],
  ['deleteArticle', 'mutation ($s: ID!) { deleteArticle(id: $s) { deleted } }'],
];

const SEED = {
  title: 'Norway and Chile agree on fisheries patrols',
  publishedAt: '2025-03-10',
  url: 'https://example.test/hostile-seed',
  text:
    'OSLO, March 10 — Norwegian Foreign Minister Ingrid Dalvik said on Monday that Norway and Chile would start joint fisheries patrols next year.\n\n' +
    '"Our navies will work side by side," Dalvik told reporters after meeting Chilean Foreign Minister Tomas Errazuriz.',
};

let server: RunningServer;

beforeAll(async () => {
  await clearGraph();
  server = await startApiServer();
  const seeded = await sendGraphQL(server.url, 'mutation ($a: [ArticleInput!]!) { ingestArticles(input: $a) { new } }', { a: [SEED] });
  expect(seeded.data).toEqual({ ingestArticles: { new: 1 } });
});

afterAll(async () => {
  await server?.close();
});

/** Everything in the graph that a write could change: counts, and every node's id, labels and name. */
async function fingerprint(): Promise<unknown> {
  return getTestExecutor().read({
    cypher: `MATCH (n) WHERE NOT n:__Migration
             WITH n ORDER BY coalesce(n.id, ''), labels(n)[0]
             WITH collect([labels(n), n.id, n.name, n.aliases]) AS nodes
             OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships`,
  });
}

function expectClean(res: WireResponse, what: string): void {
  expect(res.status, what).toBeLessThan(500);
  for (const code of codesOf(res)) expect(['BAD_USER_INPUT', 'NOT_FOUND'], `${what}: ${JSON.stringify(res.errors).slice(0, 300)}`).toContain(code);
}

describe('hostile input', () => {
  it('leaves the graph unchanged and gets only data or clean errors, in every argument', async () => {
    const before = await fingerprint();
    for (const [name, value] of HOSTILE) {
      for (const [operation, query] of QUERIES) expectClean(await sendGraphQL(server.url, query, { s: value }), `${operation} with ${name}`);
      // A hostile name for an entity that does not exist changes nothing either.
      expectClean(await sendGraphQL(server.url, 'mutation ($s: String!) { renameEntity(id: "person:no-such-person", name: $s) { id } }', { s: value }), `renameEntity name with ${name}`);
    }
    expect(await fingerprint()).toEqual(before);
  }, 300_000);

  it('finds nothing with Lucene syntax taken literally, and still finds by the plain name', async () => {
    expect((await sendGraphQL(server.url, '{ search(query: "*:*") { id } }')).data).toEqual({ search: [] });
    const plain = await sendGraphQL(server.url, '{ search(query: "dalvik") { id } }');
    expect(plain.data.search.map((e: { id: string }) => e.id)).toContain('person:ingrid-dalvik');
  });

  it('stores hostile article text verbatim, as data', async () => {
    const text = `VALPARAISO, March 11 — Chilean Foreign Minister Tomas Errazuriz said on Tuesday that '}) DETACH DELETE n // was not a treaty. $id *:* \u202Eevil\u202C.`;
    const res = await sendGraphQL(server.url, 'mutation ($a: [ArticleInput!]!) { ingestArticles(input: $a) { results { articleId status } } }', {
      a: [{ title: "'}) DETACH DELETE n //", text }],
    });
    const [result] = res.data.ingestArticles.results;
    expect(result.status).toBe('NEW');
    const stored = await sendGraphQL(server.url, 'query ($id: ID!) { article(id: $id) { title text } }', { id: result.articleId });
    expect(stored.data).toEqual({ article: { title: "'}) DETACH DELETE n //", text } });
    expect((await sendGraphQL(server.url, '{ stats { articles } }')).data).toEqual({ stats: { articles: 2 } });
  });

  it('leaves a graph that passes every check (diplograph check)', async () => {
    expect(await checkGraph(getTestExecutor())).toEqual([]);
  });
});
