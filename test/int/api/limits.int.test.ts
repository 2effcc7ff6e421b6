import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../api/src/config/index';
import { QUERY_LIMITS, queryLimitProtection } from '../../../api/src/graphql/limits';
import { loadTypeDefs } from '../../../api/src/graphql/schema';
import type { RunningServer } from '../../../api/src/server/index';
import { codesOf, sendGraphQL, startApiServer } from '../../_utils/apiServer';

// Every query limit, sent over HTTP, is refused with its own code before anything runs; the operations the web client
// and GraphiQL really send pass them all.
let server: RunningServer;
let smallBody: RunningServer;

beforeAll(async () => {
  server = await startApiServer();
  smallBody = await startApiServer({ api: { maxBodyBytes: 4096 } });
});

afterAll(async () => {
  await server?.close();
  await smallBody?.close();
});

/** `Person.roles.of` nests one level per hop: `n` hops make a query of depth 2n + 2. */
function nestedRoles(hops: number): string {
  let inner = 'id';
  for (let i = 0; i < hops; i++) inner = `... on Person { roles { of { id ${inner} } } }`;
  return `{ entity(id: "person:x") { id ${inner} } }`;
}

describe('query limits', () => {
  it('refuse a document nested deeper than maxDepth with MAX_DEPTH_EXCEEDED (400)', async () => {
    const res = await sendGraphQL(server.url, nestedRoles(8));
    expect(res.status).toBe(400);
    expect(codesOf(res)).toEqual(['MAX_DEPTH_EXCEEDED']);
    expect(res.errors?.[0]?.message).toMatch(/^limits: .*depth/i);
    expect(res.data).toBeUndefined();
  });

  it('refuse a document costlier than maxCost with COST_LIMIT_EXCEEDED', async () => {
    // Wide and fairly deep: every alias repeats a nested selection, so cost multiplies while depth and aliases stay legal.
    const branch = `statements(first: 100) { edges { node { id text tone speaker { id name aliases } about { id name aliases }
      article { id title statements { id text about { id name } } mentions { start end entity { id name aliases } } } } } }`;
    const doc = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: ${branch}`).join(' ')} }`;
    const res = await sendGraphQL(server.url, doc);
    expect(res.status).toBe(400);
    expect(codesOf(res)).toEqual(['COST_LIMIT_EXCEEDED']);
  });

  it('refuse more aliases than maxAliases with MAX_ALIASES_EXCEEDED', async () => {
    const doc = `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `s${i}: stats { articles }`).join(' ')} }`;
    const res = await sendGraphQL(server.url, doc);
    expect(res.status).toBe(400);
    expect(codesOf(res)).toEqual(['MAX_ALIASES_EXCEEDED']);
  });

  it('refuse more directives than maxDirectives with MAX_DIRECTIVES_EXCEEDED', async () => {
    const doc = `{ stats { ${Array.from({ length: QUERY_LIMITS.maxDirectives + 1 }, () => 'articles @include(if: true)').join(' ')} } }`;
    const res = await sendGraphQL(server.url, doc);
    expect(res.status).toBe(400);
    expect(codesOf(res)).toEqual(['MAX_DIRECTIVES_EXCEEDED']);
  });

  it('refuse more tokens than maxTokens with MAX_TOKENS_EXCEEDED, before the document is parsed whole', async () => {
    const doc = `{ stats { ${'articles '.repeat(QUERY_LIMITS.maxTokens)} } }`;
    const res = await sendGraphQL(server.url, doc);
    expect(res.status).toBe(400);
    expect(res.errors).toEqual([{ message: expect.stringMatching(/^limits: Document contains more tha[nt] 3000 tokens/), extensions: { code: 'MAX_TOKENS_EXCEEDED' } }]);
  });

  it('block field suggestions, so a client cannot map the schema by typos when introspection is off', async () => {
    const res = await sendGraphQL(server.url, '{ stats { artcles } }');
    expect(res.status).toBe(400);
    expect(codesOf(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('refuse batched requests (an array body)', async () => {
    const res = await fetch(new URL('/graphql', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
  });
});

describe('the request body', () => {
  it('is capped: a larger body is refused with 413 PAYLOAD_TOO_LARGE before GraphQL runs', async () => {
    const res = await sendGraphQL(smallBody.url, 'query ($q: String!) { search(query: $q) { id } }', { q: 'x'.repeat(5000) });
    expect(res.status).toBe(413);
    expect(codesOf(res)).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('leaves room for the default 2 MB: a 1 MB variable gets through to the resolver', async () => {
    const res = await sendGraphQL(server.url, 'query ($q: String!) { search(query: $q) { id } }', { q: 'x'.repeat(1024 * 1024) });
    expect(res.status).not.toBe(413);
    expect(codesOf(res)).toEqual(['BAD_USER_INPUT']);
  });

  it('must be JSON: malformed JSON is a 400 BAD_REQUEST in GraphQL error shape', async () => {
    const res = await fetch(new URL('/graphql', server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: 'http: the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });
});

describe('CSRF prevention', () => {
  it('refuses a mutation sent as a simple request (text/plain POST, as a cross-site form could)', async () => {
    const res = await fetch(new URL('/graphql', server.url), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { deleteArticle(id: "art:x") { deleted } }' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0]?.message).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a form-encoded POST and a GET without a preflight header', async () => {
    const form = await fetch(new URL('/graphql', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=mutation%20%7B%20deleteArticle(id%3A%20%22art%3Ax%22)%20%7B%20deleted%20%7D%20%7D',
    });
    expect(form.status).toBe(400);
    const get = await fetch(`${server.url}graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
  });

  it('lets a GET query through with a preflight header, and never a GET mutation', async () => {
    const query = await fetch(`${server.url}graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(query.status).toBe(200);
    const mutation = await fetch(`${server.url}graphql?query=${encodeURIComponent('mutation { deleteArticle(id: "art:x") { deleted } }')}`, {
      headers: { 'apollo-require-preflight': '1' },
    });
    expect(mutation.status).toBe(405);
  });
});

describe('the operations clients really send', () => {
  const schema = buildSchema(loadTypeDefs());
  const { validationRules } = queryLimitProtection();
  const sources = [...listGraphQL(path.join(PROJECT_ROOT, 'web', 'src', 'api')), ...listGraphQL(path.join(PROJECT_ROOT, 'graph-schema', 'examples'))];

  it.each(sources.map((f) => [path.relative(PROJECT_ROOT, f)]))('%s passes every limit', (file) => {
    const source = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
    const document = parse(source, { maxTokens: QUERY_LIMITS.maxTokens });
    // Each operation alone, with the file's fragments, as a client sends it.
    const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    for (const operation of document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)) {
      const single = { ...document, definitions: [operation, ...fragments] };
      const limitErrors = validate(schema, single, validationRules).filter((e) => /limits:/.test(e.message));
      expect({ operation: operation.name?.value, errors: limitErrors.map((e) => e.message) }).toEqual({ operation: operation.name?.value, errors: [] });
    }
  });
});

function listGraphQL(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort().map((f) => path.join(dir, f)) : [];
}
