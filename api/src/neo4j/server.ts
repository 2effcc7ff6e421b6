import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import neo4j from 'neo4j-driver';
import { Neo4jSetupError } from './errors';
import { neo4jJvmArgs } from './jvmArgs';
import type { Neo4jLayout } from './layout';
import { renderNeo4jConf } from './neo4jConf';
import { ensurePassword } from './password';

/** How to run one local instance. */
export interface ServerOptions {
  boltPort: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  /**
   * Readiness probe: resolves once the server answers queries, throws while it does not (a Neo4jSetupError stops the wait).
   * `serve` passes one that goes through its executor; without it a short-lived driver of its own is used.
   */
  ready?: () => Promise<unknown>;
}

/** The lifecycle of a local instance as `serverStatus` sees it. */
export type ServerState =
  | { phase: 'stopped' }
  | { phase: 'running'; pid: number; boltPort: number }
  | { phase: 'stale'; pid: number };

/** What `startServer` did: started a new process, or found ours already running. */
export interface StartResult {
  pid: number;
  boltPort: number;
  password: string;
  alreadyRunning: boolean;
  elapsedMs: number;
  /** Settles when the process this call started exits (code, or the signal that ended it); null for a server found running. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | null;
}

/** Reads the pid file and tells whether that process is alive. */
export function serverStatus(layout: Neo4jLayout): ServerState {
  const record = readPidRecord(layout);
  if (!record) return { phase: 'stopped' };
  return isAlive(record.pid) ? { phase: 'running', pid: record.pid, boltPort: record.boltPort } : { phase: 'stale', pid: record.pid };
}

/**
 * Starts the real server entry point (`org.neo4j.server.CommunityEntryPoint`) in its own process group and waits
 * until Bolt answers with the stored password. Reuses a server of ours that is already running.
 * Throws Neo4jSetupError, with the fix, when the port is taken, the store is locked, or startup times out.
 */
export async function startServer(layout: Neo4jLayout, options: ServerOptions): Promise<StartResult> {
  const started = Date.now();
  const state = serverStatus(layout);
  if (state.phase === 'running') {
    const password = await ensurePassword(layout);
    await waitForBolt(state.boltPort, password, options, layout, () => isAlive(state.pid));
    return { pid: state.pid, boltPort: state.boltPort, password, alreadyRunning: true, elapsedMs: Date.now() - started, exited: null };
  }
  if (state.phase === 'stale') rmSync(layout.pidFile, { force: true });

  for (const dir of [layout.conf, layout.data, layout.logs, layout.run]) mkdirSync(dir, { recursive: true });
  writeFileSync(`${layout.conf}/neo4j.conf`, renderNeo4jConf(layout, options));
  await assertPortFree(options.boltPort);
  const password = await ensurePassword(layout);

  const out = openSync(layout.consoleLog, 'a');
  const child = spawn(
    'java',
    [
      ...neo4jJvmArgs(options.heap),
      '-cp',
      `${layout.conf}:${layout.lib}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${layout.home}`,
      `--config-dir=${layout.conf}`,
      '--console-mode',
    ],
    // Own process group: a terminal's Ctrl-C reaches us, and we stop the server on purpose, cleanly.
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf } },
  );
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new Neo4jSetupError('neo4j: could not start java; check that Java 17+ is on the PATH');
  let exited = false;
  const exitedPromise = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true;
      resolve({ code, signal });
    });
  });
  child.unref();
  writeFileSync(layout.pidFile, JSON.stringify({ pid, boltPort: options.boltPort }));

  try {
    await waitForBolt(options.boltPort, password, options, layout, () => !exited && isAlive(pid));
  } catch (err) {
    await stopServer(layout, 5_000);
    throw err;
  }
  return { pid, boltPort: options.boltPort, password, alreadyRunning: false, elapsedMs: Date.now() - started, exited: exitedPromise };
}

/** Stops our server: SIGTERM to its process group, then SIGKILL after `graceMs`. Returns false when none was running. */
export async function stopServer(layout: Neo4jLayout, graceMs = 30_000): Promise<boolean> {
  const record = readPidRecord(layout);
  if (!record) return false;
  const { pid } = record;
  const wasAlive = isAlive(pid);
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) {
    signalGroup(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(50);
  }
  rmSync(layout.pidFile, { force: true });
  return wasAlive;
}

/** Kills our server at once without a clean shutdown, as a crash would; for fault tests. */
export async function killServer(layout: Neo4jLayout): Promise<void> {
  const record = readPidRecord(layout);
  if (!record) return;
  signalGroup(record.pid, 'SIGKILL');
  while (isAlive(record.pid)) await sleep(50);
  rmSync(layout.pidFile, { force: true });
}

/** Sends SIGTERM to our server without waiting; safe inside a synchronous `exit` handler. */
export function signalServerSync(layout: Neo4jLayout): void {
  const record = readPidRecord(layout);
  if (record) signalGroup(record.pid, 'SIGTERM');
}

async function waitForBolt(port: number, password: string, options: ServerOptions, layout: Neo4jLayout, alive: () => boolean): Promise<void> {
  const timeoutMs = options.startTimeoutMs;
  if (options.ready) return waitForProbe(options.ready, port, timeoutMs, layout, alive);
  const deadline = Date.now() + timeoutMs;
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2_000 });
  try {
    for (;;) {
      if (!alive()) throw diagnoseExit(layout, port);
      try {
        await driver.verifyConnectivity();
        // Bolt can accept connections before the databases answer queries; the first query also warms the JIT.
        await driver.executeQuery('CALL dbms.components() YIELD name RETURN name', {}, { database: 'system' });
        return;
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'Neo.ClientError.Security.Unauthorized') {
          throw new Neo4jSetupError(`neo4j: the server on port ${port} refused the password in ${layout.passwordFile}; another Neo4j may own this port, or wipe ${layout.home} to start afresh`);
        }
      }
      if (Date.now() > deadline) {
        throw new Neo4jSetupError(`neo4j: the server did not become ready within ${Math.round(timeoutMs / 1000)} s; see ${layout.consoleLog} and ${layout.logs}/neo4j.log, or raise NEO4J_START_TIMEOUT_MS`);
      }
      await sleep(250);
    }
  } finally {
    await driver.close();
  }
}

async function waitForProbe(ready: () => Promise<unknown>, port: number, timeoutMs: number, layout: Neo4jLayout, alive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!alive()) throw diagnoseExit(layout, port);
    try {
      await ready();
      return;
    } catch (err) {
      if (err instanceof Neo4jSetupError) throw err;
    }
    if (Date.now() > deadline) {
      throw new Neo4jSetupError(`neo4j: the server did not become ready within ${Math.round(timeoutMs / 1000)} s; see ${layout.consoleLog} and ${layout.logs}/neo4j.log, or raise NEO4J_START_TIMEOUT_MS`);
    }
    await sleep(250);
  }
}

// The process died during startup: the console log says why; turn the common causes into their fix.
function diagnoseExit(layout: Neo4jLayout, port: number): Neo4jSetupError {
  const log = existsSync(layout.consoleLog) ? readFileSync(layout.consoleLog, 'utf8').slice(-20_000) : '';
  if (/FileLockException|store_lock|Lock file has been locked/i.test(log)) {
    return new Neo4jSetupError(`neo4j: the store in ${layout.data} is locked by another process; stop the other Neo4j using it (diplograph db stop) and try again`);
  }
  if (/Address already in use|BindException/i.test(log)) {
    return new Neo4jSetupError(`neo4j: port ${port} is already in use; stop what uses it or set NEO4J_BOLT_PORT to a free port`);
  }
  const reason = log.split('\n').reverse().find((l) => /ERROR|Exception|Error:/.test(l)) ?? 'no reason in the log';
  return new Neo4jSetupError(`neo4j: the server exited during startup (${reason.trim().slice(0, 200)}); see ${layout.consoleLog}`);
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Neo4jSetupError(`neo4j: port ${port} is already in use; stop what uses it or set NEO4J_BOLT_PORT to a free port`)
          : err,
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

function readPidRecord(layout: Neo4jLayout): { pid: number; boltPort: number } | null {
  if (!existsSync(layout.pidFile)) return null;
  try {
    const parsed = JSON.parse(readFileSync(layout.pidFile, 'utf8')) as { pid?: unknown; boltPort?: unknown };
    return typeof parsed.pid === 'number' && typeof parsed.boltPort === 'number' ? { pid: parsed.pid, boltPort: parsed.boltPort } : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch {
    return false;
  }
}

// A child that exited but was not reaped yet still answers kill(0); /proc tells the truth on Linux.
function isZombie(pid: number): boolean {
  try {
    return /\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
