import path from 'node:path';
import type { Config } from '../config/index';
import { neo4jLayout, provisionNeo4j, startServer, stopServer, type Neo4jLayout, type StartResult } from '../neo4j/index';
import { DatabaseUnavailableError } from '../errors/index';
import { createExecutor, type Executor, type ExecutorOptions } from './executor';
import { applyMigrations, MIGRATIONS_DIR, readMigrations, type MigrationReport } from './migrate';

/** An open database: the executor, the local server we manage (if any), and how to let go of both. */
export interface Database {
  executor: Executor;
  /** Set when the embedded Neo4j is in use. */
  local: { layout: Neo4jLayout; start: StartResult } | null;
  migrations: MigrationReport;
  /** Closes the driver; stops the local server too when `stopLocal` is true and this call started it. */
  close(options?: { stopLocal?: boolean }): Promise<void>;
}

/** The layout of the embedded instance named by the configuration; jars always come from `<project>/.neo4j/lib`. */
export function embeddedLayout(config: Readonly<Config>): Neo4jLayout | null {
  const mode = config.neo4j.mode;
  if (mode.kind !== 'embedded') return null;
  return neo4jLayout(mode.home, path.join(config.projectRoot, '.neo4j', 'lib'));
}

/** The executor timeouts of the API server (`serve`): short reads and retries, so a request fails cleanly instead of hanging. */
export function apiTimeouts(config: Readonly<Config>): Pick<ExecutorOptions, 'txTimeoutMs' | 'writeTimeoutMs' | 'maxRetryTimeMs' | 'connectionAcquisitionTimeoutMs'> {
  return {
    txTimeoutMs: config.api.queryTimeoutMs,
    writeTimeoutMs: config.api.writeTimeoutMs,
    maxRetryTimeMs: config.api.retryTimeMs,
    connectionAcquisitionTimeoutMs: config.api.acquisitionTimeoutMs,
  };
}

/** Transaction timeout of start-up work (migrations, sample loading), whatever the API's timeouts are. */
export const SETUP_TIMEOUT_MS = 120_000;

/** Path of the Maven pom that pins the Neo4j release. */
export const NEO4J_POM = path.resolve(import.meta.dirname, '..', '..', '..', 'scripts', 'neo4j', 'pom.xml');

/**
 * Connects to Neo4j as configured: provisions and starts the embedded server unless NEO4J_URI is set,
 * checks that it answers, and applies the migrations. Throws Neo4jSetupError / DatabaseUnavailableError with a one-line fix.
 */
export async function openDatabase(
  config: Readonly<Config>,
  log: (line: string) => void = () => {},
  timeouts: Pick<ExecutorOptions, 'txTimeoutMs' | 'writeTimeoutMs' | 'maxRetryTimeMs' | 'connectionAcquisitionTimeoutMs'> = {},
): Promise<Database> {
  const layout = embeddedLayout(config);
  let local: Database['local'] = null;
  let password = config.neo4j.password;
  let uri = config.neo4j.uri;
  if (layout && config.neo4j.mode.kind === 'embedded') {
    const mode = config.neo4j.mode;
    const provisioned = await provisionNeo4j(layout.lib, NEO4J_POM, log);
    if (provisioned.downloaded) log(`neo4j: provisioned ${provisioned.jarCount} jars in ${Math.round(provisioned.elapsedMs / 1000)} s`);
    const start = await startServer(layout, { boltPort: mode.boltPort, heap: mode.heap, pageCache: mode.pageCache, startTimeoutMs: mode.startTimeoutMs });
    log(start.alreadyRunning ? `neo4j: reusing the running local server (pid ${start.pid})` : `neo4j: local server started on bolt://127.0.0.1:${start.boltPort} in ${(start.elapsedMs / 1000).toFixed(1)} s`);
    local = { layout, start };
    password = password ?? start.password;
    uri = `bolt://127.0.0.1:${start.boltPort}`;
  }
  const executor = createExecutor({ uri, user: config.neo4j.user, password: password ?? '', database: config.neo4j.database, ...timeouts });
  // A server that has just started answers its first queries slowly (cold caches, JIT): set-up work gets the CLI's timeouts.
  const setup = executor.withTimeouts(SETUP_TIMEOUT_MS);
  try {
    await setup.serverInfo(10_000);
    const migrations = await applyMigrations(setup, readMigrations(MIGRATIONS_DIR));
    if (migrations.applied.length > 0) log(`db: applied migrations ${migrations.applied.join(', ')}`);
    return {
      executor,
      local,
      migrations,
      async close(options = {}) {
        await executor.close();
        if (options.stopLocal && local && !local.start.alreadyRunning) await stopServer(local.layout);
      },
    };
  } catch (err) {
    await executor.close();
    if (local && !local.start.alreadyRunning) await stopServer(local.layout);
    if (!local && err instanceof DatabaseUnavailableError) {
      throw new DatabaseUnavailableError(`db: cannot reach Neo4j at ${uri} (${shortReason(err)}); check NEO4J_URI and that the server is running`, { cause: err });
    }
    throw err;
  }
}

// The driver's connection message is a paragraph; its "Caused by" part is the useful bit.
function shortReason(err: Error): string {
  const cause = err.cause instanceof Error ? err.cause.message : err.message;
  const m = /Caused by: ([^\n]+)/.exec(cause);
  return (m?.[1] ?? cause.split('\n')[0] ?? 'unknown').trim();
}
