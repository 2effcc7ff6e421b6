import { beforeAll, describe, expect, it } from 'vitest';
import { checkGraph } from '../../../api/src/store/index';
import { manyFixtures } from '../../_utils/storeFixtures';
import { graphCounts, ingestFixtures } from '../../_utils/storeHelpers';
import { clearGraph, getTestExecutor, startTestNeo4j, stopTestNeo4j } from '../../_utils/testDb';

const executor = getTestExecutor();
const ARTICLES = 240;

describe('store: Neo4j killed in the middle of an ingest', () => {
  let reference: Record<string, number>;

  beforeAll(async () => {
    await clearGraph(executor);
    const outcome = await ingestFixtures(executor, manyFixtures(ARTICLES), { batchSize: 4 });
    expect(outcome.report).toMatchObject({ articlesNew: ARTICLES, articlesFailed: 0 });
    reference = await graphCounts(executor);
    await clearGraph(executor);
  }, 300_000);

  it('stops with a clear reason, leaves no half-written article, and a re-run gives the uninterrupted graph', async () => {
    let killed: Promise<void> | null = null;
    const interrupted = await ingestFixtures(executor, manyFixtures(ARTICLES), {
      batchSize: 4,
      onProgress: ({ articlesDone }) => {
        if (articlesDone >= 40 && !killed) killed = stopTestNeo4j();
      },
    });
    await killed;
    expect(interrupted.phase).toBe('aborted');
    if (interrupted.phase !== 'aborted') return;
    expect(interrupted.reason).toMatch(/Neo4j is unavailable/);
    const storedBeforeCrash = interrupted.report.articlesNew;
    expect(storedBeforeCrash).toBeGreaterThanOrEqual(40);
    expect(storedBeforeCrash).toBeLessThan(ARTICLES);

    await startTestNeo4j();
    // Whatever committed before the crash is whole: every invariant holds, including per-article counts.
    expect(await checkGraph(executor)).toEqual([]);
    const [{ articles }] = (await executor.read<{ articles: number }>({ cypher: 'MATCH (a:Article) RETURN count(a) AS articles' })) as [{ articles: number }];
    expect(articles).toBeGreaterThanOrEqual(storedBeforeCrash);

    const resumed = await ingestFixtures(executor, manyFixtures(ARTICLES), { batchSize: 4 });
    expect(resumed.phase).toBe('done');
    expect(resumed.report.articlesUnchanged).toBe(articles);
    expect(resumed.report.articlesNew).toBe(ARTICLES - articles);
    expect(await graphCounts(executor)).toEqual(reference);
    expect(await checkGraph(executor)).toEqual([]);
  }, 400_000);
});
