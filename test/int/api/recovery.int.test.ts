import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../../api/src/config/index';
import { apiTimeouts } from '../../../api/src/db/connect';
import { createExecutor } from '../../../api/src/db/executor';
import { neo4jLayout, stopServer } from '../../../api/src/neo4j/index';
import { codesOf, sendGraphQL, startApiServer } from '../../_utils/apiServer';
import { startTestNeo4j, stopTestNeo4j, testNeo4j } from '../../_utils/testDb';
import { freePort } from '../../_utils/freePort';

// Staying up: a database that goes away makes requests fail fast with a retryable code and /healthz answer 503, and both
// recover by themselves; `serve` restarts an embedded Neo4j that was killed.
const STATS = '{ stats { articles } }';

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // A probe that fails (connection refused while the server is down) means "not yet"; an early exit is fatal.
    const value = await probe().catch((err: Error) => {
      if (err instanceof FatalProbeError) throw err;
      return null;
    });
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`recovery test: ${what} did not happen within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

class FatalProbeError extends Error {}

const healthStatus = async (url: string) => (await fetch(`${url}healthz`)).status;

describe.skipIf(testNeo4j().local === null)('Neo4j stopped while the API runs', () => {
  // The executor `serve` uses: short acquisition and retry budgets, so nothing hangs. The transaction timeout is raised:
  // on a busy machine a cold server's first query plans can take longer than the default 5 s.
  const executor = createExecutor({ ...testNeo4j(), ...apiTimeouts(loadConfig({})), txTimeoutMs: 60_000 });
  afterAll(async () => {
    await executor.close();
  });

  it('fails queries cleanly and fast, answers /healthz 503, and recovers when Neo4j is back', async () => {
    const server = await startApiServer({ executor });
    try {
      await waitFor('a first answer', 120_000, async () => ((await sendGraphQL(server.url, STATS)).data?.stats ? true : null));
      // Queries in flight while the server dies, then queries against a dead server.
      const inFlight = Array.from({ length: 8 }, () => sendGraphQL(server.url, STATS));
      await stopTestNeo4j();
      for (const res of await Promise.all(inFlight)) {
        if (res.errors) expect(codesOf(res)).toEqual(['DATABASE_UNAVAILABLE']);
      }
      const started = Date.now();
      const down = await sendGraphQL(server.url, STATS);
      const elapsed = Date.now() - started;
      expect(down.errors).toEqual([
        {
          message: 'db: the database is unavailable; retry shortly (GET /healthz answers 200 when it is back)',
          locations: [{ line: 1, column: 3 }],
          path: ['stats'],
          extensions: { code: 'DATABASE_UNAVAILABLE', retryable: true },
        },
      ]);
      // The driver's retry budget (NEO4J_RETRY_TIME_MS, 3 s) plus a connection attempt, never a hang.
      expect(elapsed).toBeLessThan(10_000);
      expect(await healthStatus(server.url)).toBe(503);

      await startTestNeo4j();
      await waitFor('/healthz 200', 300_000, async () => ((await healthStatus(server.url)) === 200 ? true : null));
      await waitFor('stats answering again', 120_000, async () => ((await sendGraphQL(server.url, STATS)).data?.stats ? true : null));
    } finally {
      await server.close();
    }
  }, 1_500_000);
});


describe.skipIf(testNeo4j().local === null)('the embedded Neo4j killed while `serve` runs', () => {
  let child: ChildProcess | null = null;
  const home = mkdtempSync(path.join(os.tmpdir(), 'diplograph-serve-recovery-'));
  const layout = neo4jLayout(home, path.join(PROJECT_ROOT, '.neo4j', 'lib'));

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child?.once('exit', r));
    }
    await stopServer(layout, 10_000);
    rmSync(home, { recursive: true, force: true });
  }, 120_000);

  it('is restarted by serve, and /healthz and the API recover with no manual step', async () => {
    const [port, boltPort] = [await freePort(), await freePort()];
    let output = '';
    child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'diplograph.mjs'), 'serve', '--no-samples'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env, NEO4J_URI: '', NEO4J_HOME: home, NEO4J_BOLT_PORT: String(boltPort), PORT: String(port), HOST: '127.0.0.1',
        NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m', LOG_LEVEL: 'warn', NEO4J_QUERY_TIMEOUT_MS: '60000',
        // As in production: under NODE_ENV=test Apollo installs no signal handlers of its own (see the SIGTERM test below).
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const url = `http://127.0.0.1:${port}/`;
    // Generous: on a busy 2-core machine a Neo4j start has taken over three minutes.
    await waitFor('serve to start', 600_000, async () => {
      if (child?.exitCode !== null) throw new FatalProbeError('recovery test: serve exited early');
      return /Diplograph is running at/.test(output) ? true : null;
    }).catch((err: Error) => {
      throw new Error(`${err.message}\n--- serve output ---\n${output}`);
    });
    expect(await healthStatus(url)).toBe(200);

    const { pid } = JSON.parse(readFileSync(layout.pidFile, 'utf8')) as { pid: number };
    process.kill(pid, 'SIGKILL');
    await waitFor('/healthz 503 after the kill', 30_000, async () => ((await healthStatus(url)) === 503 ? true : null));
    await waitFor('/healthz 200 after the restart', 600_000, async () => ((await healthStatus(url)) === 200 ? true : null));
    await waitFor('stats answering again', 120_000, async () => ((await sendGraphQL(url, STATS)).data?.stats?.articles === 0 ? true : null));
    expect(output).toContain(`neo4j: the embedded server (pid ${pid}) killed by SIGKILL; restarting it`);
    expect(output).toMatch(/neo4j: the embedded server is back \(pid \d+\)/);
    const { pid: newPid } = JSON.parse(readFileSync(layout.pidFile, 'utf8')) as { pid: number };
    expect(newPid).not.toBe(pid);
  }, 1_500_000);

  it('stops the embedded Neo4j it runs on SIGTERM, then exits 0 (nothing is left running)', async () => {
    expect(child?.exitCode).toBeNull();
    const { pid } = JSON.parse(readFileSync(layout.pidFile, 'utf8')) as { pid: number };
    const exited = new Promise<number | null>((r) => child?.once('exit', (code) => r(code)));
    child?.kill('SIGTERM');
    expect(await exited).toBe(0);
    await waitFor('the Neo4j process to be gone', 60_000, async () => {
      try {
        process.kill(pid, 0);
        return null;
      } catch {
        return true;
      }
    });
  }, 180_000);
});
