import { beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths, loadSamplesIfEmpty, SAMPLES_DIR } from '../../../api/src/ingest/index';
import { checkGraph } from '../../../api/src/store/index';
import { graphCounts } from '../../_utils/storeHelpers';
import { clearGraph, getTestExecutor } from '../../_utils/testDb';

const executor = getTestExecutor();

describe('ingest end to end: samples/ through readArticles and extractArticle', () => {
  beforeAll(async () => {
    await clearGraph(executor);
  });

  it('loads the samples into an empty database once, with log lines, and never again', async () => {
    const lines: string[] = [];
    const first = await loadSamplesIfEmpty(executor, (l) => lines.push(l));
    expect(first?.phase).toBe('done');
    expect(first?.report.articlesNew).toBeGreaterThanOrEqual(40);
    expect(first?.report.articlesFailed).toBe(0);
    expect(lines[0]).toMatch(/^samples: the database is empty; loading \d+ sample files/);
    expect(lines[1]).toMatch(/^samples: loaded \d+ articles/);
    const counts = await graphCounts(executor);
    expect(counts.Person).toBeGreaterThanOrEqual(15);
    expect(counts.Statement).toBeGreaterThan(100);
    expect(await checkGraph(executor)).toEqual([]);
    // Four writings of the Russia–Venezuela treaty (with or without "strategic", "twenty-year", "partnership") make one node.
    const treaties = await executor.read<{ id: string }>({
      cypher: `MATCH (:Country {id: 'country:RUS'})-[:PARTY_TO]->(t:Treaty)<-[:PARTY_TO]-(:Country {id: 'country:VEN'}) RETURN t.id AS id`,
    });
    expect(treaties).toEqual([{ id: 'treaty:russia-venezuela-strategic-partnership-treaty' }]);
    expect(await loadSamplesIfEmpty(executor, (l) => lines.push(l))).toBeNull();
    expect(lines).toHaveLength(2);
    expect(await graphCounts(executor)).toEqual(counts);
  });

  it('re-ingesting the sample folder through paths and globs skips every article', async () => {
    const before = await graphCounts(executor);
    const outcome = await ingestPaths(executor, [SAMPLES_DIR, `${SAMPLES_DIR}/**/*.json`]);
    expect(outcome.phase).toBe('done');
    expect(outcome.problems).toEqual([]);
    expect(outcome.report).toMatchObject({ articlesNew: 0, articlesUpdated: 0, articlesFailed: 0 });
    expect(outcome.report.articlesUnchanged).toBeGreaterThanOrEqual(40);
    expect(await graphCounts(executor)).toEqual(before);
  });

  it('reports a malformed JSONL line with its file and line and stores the rest', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-ingest-'));
    const file = join(dir, 'mixed.jsonl');
    const good = { title: 'Envoys meet', text: 'Foreign Minister Anna Lindqvar of Sweden said on Monday that talks with Norway had gone well.', publishedAt: '2026-01-12', url: 'https://example.org/mixed/1' };
    writeFileSync(file, `${JSON.stringify(good)}\n{not json\n`);
    const outcome = await ingestPaths(executor, [file, join(dir, 'missing.txt')]);
    expect(outcome.report.articlesNew).toBe(1);
    expect(outcome.report.failures).toEqual([{ file, line: 2, articleId: null, reason: expect.stringMatching(/line 2 is not valid JSON/) }]);
    expect(outcome.problems).toEqual([expect.stringMatching(/missing.txt does not exist/)]);
  });
});
