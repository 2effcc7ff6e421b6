import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../api/src/config/index';
import { clearGraph, getTestExecutor, testNeo4j } from '../../_utils/testDb';

const executor = getTestExecutor();

function cli(args: string[], input?: string) {
  const { uri, user, password, database } = testNeo4j();
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'diplograph.mjs'), ...args], {
    cwd: PROJECT_ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database, USER: 'cli-tester' },
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE = (n: number, day: string) => ({
  title: `Talks round ${n}`,
  text: `Foreign Minister Anna Lindqvar of Sweden said on Monday that the round ${n} of talks with Norway had gone well. ` +
    `"We are closer than ever," Lindqvar told reporters in Stockholm.`,
  publishedAt: day,
  url: `https://example.org/cli/${n}`,
});

describe('CLI: ingest, check, entities, article delete', () => {
  beforeAll(async () => {
    await clearGraph(executor);
  });

  it('ingest stores the good articles, lists each failure with file and line, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-ingest-'));
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, `${JSON.stringify(ARTICLE(1, '2026-01-05'))}\n{broken\n${JSON.stringify(ARTICLE(2, '2026-01-06'))}\n`);
    const run = cli(['ingest', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^articles: +2 new, 0 updated, 0 unchanged, 1 failed$/m);
    expect(run.stdout).toContain(`${file}:2: source: line 2 is not valid JSON`);
    expect(run.stdout).toMatch(/^elapsed: .* articles\/s$/m);
    expect(run.stderr).toMatch(/ingest: \d+ articles/);
  });

  it('ingest from stdin with --json reports unchanged articles and exits 0', () => {
    const run = cli(['ingest', '-', '--json'], `${JSON.stringify(ARTICLE(1, '2026-01-05'))}\n`);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ phase: 'done', articlesUnchanged: 1, articlesFailed: 0 });
  });

  it('check exits 0 on a sound graph and 1 with the violation listed on a broken one', async () => {
    expect(cli(['check']).code).toBe(0);
    await executor.write({ cypher: "CREATE (:Organization {id: 'org:orphan', name: 'Orphan'})" });
    const run = cli(['check']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('FAIL no entity is left without a supporting article unless curated by hand');
    expect(run.stdout).toContain('org:orphan: has no supporting article');
    await executor.write({ cypher: "MATCH (o:Organization {id: 'org:orphan'}) DELETE o" });
  });

  it('entities rename records the OS user, and article delete reports what it removed or that nothing matched', async () => {
    const [person] = await executor.read<{ id: string }>({ cypher: 'MATCH (p:Person) RETURN p.id AS id LIMIT 1' });
    expect(person).toBeDefined();
    const rename = cli(['entities', 'rename', person!.id, 'Anna K. Lindqvar']);
    expect(rename.code).toBe(0);
    const [audit] = await executor.read({ cypher: "MATCH (a:EntityAudit {action: 'rename'}) RETURN a.by AS by, a.newName AS newName" });
    expect(audit).toEqual({ by: 'cli-tester', newName: 'Anna K. Lindqvar' });
    const [article] = await executor.read<{ id: string }>({ cypher: 'MATCH (a:Article) RETURN a.id AS id LIMIT 1' });
    expect(cli(['article', 'delete', article!.id]).stdout).toMatch(/^deleted art:/);
    const missing = cli(['article', 'delete', 'art:nope']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('article: no article with id art:nope');
  });
});
