import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const ARTICLES = join(ROOT, 'test', 'fixtures', 'eval', 'articles.jsonl');
const GOLD = join(ROOT, 'test', 'fixtures', 'eval', 'gold.jsonl');

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'diplograph.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('diplograph eval', () => {
  it('runs extraction and prints a P/R/F1 row per type plus date accuracy', () => {
    const { status, stdout } = run(['eval', ARTICLES, GOLD]);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('type                               tp     fp     fn       P       R      F1');
    expect(lines.slice(1, 8).map((l) => l.replace(/\s+\d.*$/, ''))).toEqual([
      'persons',
      'countries',
      'organisations',
      'treaties',
      'roles',
      'statements (speaker+content)',
      'statements (content only)',
    ]);
    for (const line of lines.slice(1, 8)) expect(line).toMatch(/(\s+\d+){3}(\s+[01]\.\d{3}){3}$/);
    expect(lines[8]).toMatch(/^statement dates: \d+\/[01] correct \([01]\.\d{3}\)/);
    expect(lines[9]).toBe('articles scored: 2');
  }, 60_000);

  it('prints machine-readable JSON with --json, gold counts matching the fixture', () => {
    const { status, stdout } = run(['eval', ARTICLES, GOLD, '--json']);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['articles', 'totals', 'dates', 'warnings']);
    const goldCount = (type: string): number => report.totals[type].tp + report.totals[type].fn;
    expect(['persons', 'countries', 'organizations', 'treaties', 'roles', 'statements'].map(goldCount)).toEqual([3, 3, 1, 1, 3, 5]);
    expect(report.warnings).toEqual([]);
  }, 60_000);

  it('documents the matching rules in --help', () => {
    const { stdout } = run(['eval', '--help']);
    for (const rule of ['NFKD', 'greedy', 'XKX', 'token F1 >= 0.5', 'borderline', 'content only']) expect(stdout).toContain(rule);
  }, 60_000);

  it('fails with one clear line when the gold file is missing', () => {
    const { status, stderr } = run(['eval', ARTICLES, 'missing-gold.jsonl']);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe('error: eval: cannot read gold file "missing-gold.jsonl": no such file');
  }, 60_000);
});
