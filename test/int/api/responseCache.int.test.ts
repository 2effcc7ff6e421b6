import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExecutor } from '../../../api/src/db/executor';
import { VERSION_RECHECK_MS } from '../../../api/src/graphql/cache/responseCache';
import type { RunningServer } from '../../../api/src/server/index';
import { sendGraphQL, startApiServer } from '../../_utils/apiServer';
import { ingestFixtures } from '../../_utils/storeHelpers';
import { diplomacyFixtures } from '../../_utils/storeFixtures';
import { clearGraph, getTestExecutor, testNeo4j } from '../../_utils/testDb';

// The response cache (api/src/graphql/cache): a repeated query is answered from memory (Apollo's response-cache plugin marks
// such answers with an `age` header), and no write, from this server or from elsewhere, ever lets it answer with old data.
const STATS = '{ stats { articles persons statements } }';
const PERSON = 'query ($id: ID!) { entity(id: $id) { id name } }';
const RENAME = 'mutation ($id: ID!, $name: String!) { renameEntity(id: $id, name: $name) { id name } }';
const LAVROV = 'person:sergey-lavrov';

let cached: RunningServer;
let uncached: RunningServer;

beforeAll(async () => {
  await clearGraph();
  cached = await startApiServer();
  uncached = await startApiServer({ api: { responseCacheMb: 0 } });
});

afterAll(async () => {
  await cached?.close();
  await uncached?.close();
});

const fromCache = (res: { headers: Headers }) => res.headers.get('age') !== null;

describe('response cache', () => {
  it('caches nothing while the graph has no version token (never written through the executor)', async () => {
    const first = await sendGraphQL(cached.url, STATS);
    const second = await sendGraphQL(cached.url, STATS);
    expect(second.data).toEqual({ stats: { articles: 0, persons: 0, statements: 0 } });
    expect([fromCache(first), fromCache(second)]).toEqual([false, false]);
  });

  it('answers a repeated query from memory, with the same data, and keys on the variables', async () => {
    const [one, two, three] = diplomacyFixtures();
    await ingestFixtures(getTestExecutor(), [one!, two!]);
    const first = await sendGraphQL(cached.url, STATS);
    const second = await sendGraphQL(cached.url, STATS);
    expect(fromCache(first)).toBe(false);
    expect(fromCache(second)).toBe(true);
    expect(second.data).toEqual(first.data);
    expect(first.data.stats.articles).toBe(2);

    const person = await sendGraphQL(cached.url, PERSON, { id: LAVROV });
    const other = await sendGraphQL(cached.url, PERSON, { id: 'country:RUS' });
    expect(fromCache(person)).toBe(false);
    expect(fromCache(other)).toBe(false);
    expect(other.data.entity).toEqual({ id: 'country:RUS', name: 'Russia' });

    // A write through the server's own executor (the test shares it) is seen by the very next request.
    await ingestFixtures(getTestExecutor(), [three!]);
    const after = await sendGraphQL(cached.url, STATS);
    expect(fromCache(after)).toBe(false);
    expect(after.data.stats.articles).toBe(3);
    expect(fromCache(await sendGraphQL(cached.url, STATS))).toBe(true);
  });

  it('sees a write by another process (its own driver, as the CLI has) within VERSION_RECHECK_MS', async () => {
    expect(fromCache(await sendGraphQL(cached.url, STATS))).toBe(true);
    const elsewhere = createExecutor({ ...testNeo4j(), maxRetryTimeMs: 5_000 });
    try {
      await elsewhere.write({ cypher: "MATCH (a:Article {id: 'art:fx-three'}) SET a.title = 'Retitled elsewhere'" });
    } finally {
      await elsewhere.close();
    }
    await new Promise((r) => setTimeout(r, VERSION_RECHECK_MS + 50));
    const title = await sendGraphQL(cached.url, '{ article(id: "art:fx-three") { title } }');
    expect(fromCache(title)).toBe(false);
    expect(title.data.article.title).toBe('Retitled elsewhere');
    expect(fromCache(await sendGraphQL(cached.url, STATS))).toBe(false);
  });

  it('forgets everything when a mutation of this server writes', async () => {
    const before = await sendGraphQL(cached.url, PERSON, { id: LAVROV });
    expect(before.data.entity.name).toBe('Sergey Lavrov');
    expect(fromCache(await sendGraphQL(cached.url, PERSON, { id: LAVROV }))).toBe(true);
    const renamed = await sendGraphQL(cached.url, RENAME, { id: LAVROV, name: 'Sergei V. Lavrov' });
    expect(renamed.errors).toBeUndefined();
    const after = await sendGraphQL(cached.url, PERSON, { id: LAVROV });
    expect(fromCache(after)).toBe(false);
    expect(after.data.entity.name).toBe('Sergei V. Lavrov');
  });

  it('does not keep answers with errors', async () => {
    const bad = 'query ($id: ID!) { entity(id: $id) { id name } }';
    const first = await sendGraphQL(cached.url, bad, { id: 'nonsense id with spaces' });
    const second = await sendGraphQL(cached.url, bad, { id: 'nonsense id with spaces' });
    expect(first.errors?.length ?? 0).toBeGreaterThan(0);
    expect(fromCache(second)).toBe(false);
  });

  it('serves no stale answer after the graph is wiped by hand, and none at all when turned off', async () => {
    await sendGraphQL(cached.url, STATS);
    expect(fromCache(await sendGraphQL(cached.url, STATS))).toBe(true);
    await clearGraph();
    const wiped = await sendGraphQL(cached.url, STATS);
    expect(fromCache(wiped)).toBe(false);
    expect(wiped.data.stats.articles).toBe(0);

    await ingestFixtures(getTestExecutor(), diplomacyFixtures());
    const answers = [await sendGraphQL(uncached.url, STATS), await sendGraphQL(uncached.url, STATS)];
    expect(answers.map(fromCache)).toEqual([false, false]);
    expect(answers[1]!.data.stats.articles).toBe(3);
  });
});
