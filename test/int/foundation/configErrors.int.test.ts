import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../api/src/config/index';

const CLI = path.join(PROJECT_ROOT, 'bin', 'diplograph.mjs');

function runCli(args: string[], env: Record<string, string>) {
  const out = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { code: out.status, stderr: out.stderr.trim(), stdout: out.stdout.trim() };
}

describe('configuration errors on the command line', () => {
  it('a malformed NEO4J_URI gives one line naming the variable and the fix', () => {
    const { code, stderr } = runCli(['db', 'start'], { NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' });
    expect(code).toBe(1);
    expect(stderr).toBe('error: config: NEO4J_URI must start with bolt://, neo4j:// or neo4j+s:// followed by a host, e.g. neo4j+s://xxxx.databases.neo4j.io');
  });

  it('an unreachable NEO4J_URI gives one line saying the database is unavailable', () => {
    const { code, stderr } = runCli(['db', 'start'], { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' });
    expect(code).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^error: db: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
  });

  it('NEO4J_URI without NEO4J_PASSWORD is refused before connecting', () => {
    const { code, stderr } = runCli(['db', 'status'], { NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_PASSWORD: '' });
    expect(code).toBe(1);
    expect(stderr).toBe('error: config: NEO4J_PASSWORD must be set when NEO4J_URI points at your own server');
  });
});
