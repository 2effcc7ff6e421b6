import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../../api/src/server/index';
import { getTestExecutor, startTestNeo4j, stopTestNeo4j, testNeo4j } from '../../_utils/testDb';

describe('GET /healthz', () => {
  let http: RunningServer;

  beforeAll(async () => {
    http = await startHttpServer({ executor: getTestExecutor() }, '127.0.0.1', 0);
  });
  afterAll(async () => {
    await http.close();
  });

  const get = async () => {
    const res = await fetch(new URL('/healthz', http.url));
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('answers 200 with the Neo4j version when the database is up', async () => {
    const { status, body } = await get();
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok', neo4j: { status: 'up', version: expect.stringMatching(/^5\.26\.\d+$/), edition: 'community' } });
  });

  it.runIf(testNeo4j().local !== null)('answers 503 "down" while the database is stopped, and recovers without a restart', async () => {
    await stopTestNeo4j();
    try {
      const down = await get();
      expect(down.status).toBe(503);
      expect(down.body).toEqual({ status: 'degraded', neo4j: { status: 'down', reason: expect.stringMatching(/unavailable|did not answer/) } });
    } finally {
      await startTestNeo4j();
    }
    const up = await get();
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ neo4j: { status: 'up' } });
  });
});
