import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../api/src/server/index';
import { bearer, codesOf, sendGraphQL, startApiServer } from '../../_utils/apiServer';

// Keys and the loopback rule, over real HTTP. A renameEntity of an id that does not exist answers NOT_FOUND once it is let
// through, so these tests tell "allowed" from "refused" without changing the graph.
const API_KEY = 'test-api-key-0123456789abcdef';
const READ_KEY = 'test-read-key-0123456789abcdef';
const MUTATION = 'mutation { renameEntity(id: "person:nobody-at-all", name: "Nobody") { id } }';
const QUERY = '{ __typename }';

let open: RunningServer;
let keyed: RunningServer;
let readKeyed: RunningServer;
let exposed: RunningServer;
let exposedKeyed: RunningServer;

beforeAll(async () => {
  open = await startApiServer();
  keyed = await startApiServer({ api: { apiKey: API_KEY } });
  readKeyed = await startApiServer({ api: { apiKey: API_KEY, readKey: READ_KEY } });
  exposed = await startApiServer({ host: '0.0.0.0' });
  exposedKeyed = await startApiServer({ host: '0.0.0.0', api: { apiKey: API_KEY } });
});

afterAll(async () => {
  for (const s of [open, keyed, readKeyed, exposed, exposedKeyed]) await s?.close();
});

describe('mutations', () => {
  it('are accepted without a key when no key is configured and the server listens on loopback', async () => {
    const res = await sendGraphQL(open.url, MUTATION);
    expect(codesOf(res)).toEqual(['NOT_FOUND']);
  });

  it('are refused with 401 UNAUTHENTICATED without a key when DIPLOGRAPH_API_KEY is set', async () => {
    const res = await sendGraphQL(keyed.url, MUTATION);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(res.errors).toEqual([{ message: 'auth: mutations need a key; send Authorization: Bearer <DIPLOGRAPH_API_KEY>', extensions: { code: 'UNAUTHENTICATED' } }]);
    expect(res.data).toBeUndefined();
  });

  it('are refused with 401 UNAUTHENTICATED with a wrong key, a key of another length, or a non-Bearer header', async () => {
    for (const headers of [bearer('test-api-key-0123456789abcdeX'), bearer('short'), bearer(`${API_KEY}${API_KEY}`), { authorization: `Basic ${API_KEY}` }]) {
      const res = await sendGraphQL(keyed.url, MUTATION, {}, headers);
      expect(res.status).toBe(401);
      expect(codesOf(res)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('run with the right key', async () => {
    const res = await sendGraphQL(keyed.url, MUTATION, {}, bearer(API_KEY));
    expect(res.status).toBe(200);
    expect(codesOf(res)).toEqual(['NOT_FOUND']);
  });

  it('are refused with 403 FORBIDDEN, whatever the key, on a non-loopback address with no key configured', async () => {
    for (const headers of [{}, bearer(API_KEY)]) {
      const res = await sendGraphQL(exposed.url, MUTATION, {}, headers);
      expect(res.status).toBe(403);
      expect(codesOf(res)).toEqual(['FORBIDDEN']);
      expect(res.errors?.[0]?.message).toMatch(/DIPLOGRAPH_API_KEY/);
    }
  });

  it('run on a non-loopback address with the configured key, and are refused without it', async () => {
    expect(codesOf(await sendGraphQL(exposedKeyed.url, MUTATION, {}, bearer(API_KEY)))).toEqual(['NOT_FOUND']);
    expect(codesOf(await sendGraphQL(exposedKeyed.url, MUTATION))).toEqual(['UNAUTHENTICATED']);
  });

  it('never run as GET requests, key or not', async () => {
    const res = await fetch(`${keyed.url}graphql?query=${encodeURIComponent(MUTATION)}`, { headers: { ...bearer(API_KEY), 'apollo-require-preflight': '1' } });
    expect(res.status).toBe(405);
  });
});

describe('reads', () => {
  it('are open without a key, even on a non-loopback address, when no read key is set', async () => {
    for (const server of [open, keyed, exposed]) {
      const res = await sendGraphQL(server.url, QUERY);
      expect(res).toMatchObject({ status: 200, data: { __typename: 'Query' } });
      expect(res.errors).toBeUndefined();
    }
  });

  it('need DIPLOGRAPH_READ_KEY when it is set: 401 without it or with a wrong one', async () => {
    const none = await sendGraphQL(readKeyed.url, QUERY);
    expect(none.status).toBe(401);
    expect(codesOf(none)).toEqual(['UNAUTHENTICATED']);
    expect(none.errors?.[0]?.message).toMatch(/DIPLOGRAPH_READ_KEY/);
    const wrong = await sendGraphQL(readKeyed.url, QUERY, {}, bearer('wrong-read-key-0123456789abcd'));
    expect(wrong.status).toBe(401);
    expect(codesOf(wrong)).toEqual(['UNAUTHENTICATED']);
  });

  it('run with the read key or the API key; the read key alone cannot write', async () => {
    expect(await sendGraphQL(readKeyed.url, QUERY, {}, bearer(READ_KEY))).toMatchObject({ status: 200, data: { __typename: 'Query' } });
    expect(await sendGraphQL(readKeyed.url, QUERY, {}, bearer(API_KEY))).toMatchObject({ status: 200, data: { __typename: 'Query' } });
    expect(codesOf(await sendGraphQL(readKeyed.url, MUTATION, {}, bearer(READ_KEY)))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await sendGraphQL(readKeyed.url, MUTATION, {}, bearer(API_KEY)))).toEqual(['NOT_FOUND']);
  });

  it('keep introspection behind the read key too', async () => {
    const res = await sendGraphQL(readKeyed.url, '{ __schema { queryType { name } } }');
    expect(res.status).toBe(401);
    expect(codesOf(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('leave /healthz open (probes carry no key)', async () => {
    expect((await fetch(`${readKeyed.url}healthz`)).status).toBe(200);
  });
});
