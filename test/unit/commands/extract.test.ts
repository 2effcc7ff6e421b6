import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'eval');

/** Runs the real CLI and returns its exit code and output. */
function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'diplograph.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const RESULT_KEYS = ['article', 'persons', 'countries', 'organizations', 'treaties', 'statements', 'issues'];

describe('diplograph extract', () => {
  it('prints one compact JSON line per article for several articles, in the ExtractionResult shape', () => {
    const { status, stdout } = run(['extract', join(FIXTURES, 'articles.jsonl')]);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const results = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(results.map((r) => Object.keys(r))).toEqual([RESULT_KEYS, RESULT_KEYS]);
    expect(results.map((r) => r.article)).toEqual([
      { id: 'fx-harbour', title: 'Norway and Sweden agree harbour deal', summary: null, url: 'https://example.org/harbour', publishedAt: '2024-05-16', source: 'Example Wire' },
      { id: 'fx-grain', title: null, summary: null, url: null, publishedAt: null, source: null },
    ]);
  }, 60_000);

  it('pretty-prints a single article read from stdin, with --published-at applied', () => {
    const { status, stdout } = run(['extract', '-', '--published-at', '2024-02-29'], 'The envoy of Norway arrived in Sweden on Monday.');
    expect(status).toBe(0);
    expect(stdout.startsWith('{\n  "article": {\n')).toBe(true);
    expect(JSON.parse(stdout).article.publishedAt).toBe('2024-02-29');
  }, 60_000);

  it('honours --format', () => {
    const { status, stdout } = run(['extract', '-', '--format', 'seed'], '{"text": "not parsed as JSON"}');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).article.title).toBeNull();
  }, 60_000);

  it('reports malformed JSONL lines on stderr with their line number and still extracts the rest', () => {
    const { status, stdout, stderr } = run(['extract', '-', '--format', 'jsonl'], '{"id":"a","text":"Norway spoke."}\n{broken\n{"id":"c","text":"Sweden spoke."}\n');
    expect(status).toBe(0);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).article.id)).toEqual(['a', 'c']);
    expect(stderr).toMatch(/^warning: -:2: source: line 2 is not valid JSON \(.+\); skipped$/m);
  }, 60_000);

  it.each([
    [['extract', 'no/such/file.txt'], 'error: extract: cannot read "no/such/file.txt": no such file'],
    [['extract', '-', '--published-at', 'yesterday'], 'error: extract: --published-at "yesterday" is not a date; use YYYY-MM-DD, e.g. --published-at 2024-05-16'],
    [['extract', '-', '--format', 'jsonl'], 'error: extract: no article could be read from "-" as jsonl'],
  ])('fails with one clear line and no stack trace: %j', (args, message) => {
    const { status, stdout, stderr } = run(args, args.includes('jsonl') ? 'not json\n' : '');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n').filter((l) => !l.startsWith('warning:'))).toEqual([message]);
  }, 60_000);
});
