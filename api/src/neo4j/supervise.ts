import { Neo4jSetupError } from './errors';
import type { Neo4jLayout } from './layout';
import { killServer, serverStatus, startServer, type ServerOptions, type StartResult } from './server';

/** How `superviseNeo4j` watches and restarts the embedded server. */
export interface SupervisorOptions {
  layout: Neo4jLayout;
  /** How to start it again; `ready` is the readiness probe (serve's: through its one executor). */
  server: ServerOptions & { ready: () => Promise<unknown> };
  /** The start that `serve` did or found, so the supervisor hears at once when that process exits. */
  initial: StartResult;
  log: (line: string) => void;
  /** Time between two checks (pid alive, probe answers); default 2 s. */
  intervalMs?: number;
  /** A live process whose probe has failed this long is taken as hung, killed and restarted; default 60 s. */
  hungAfterMs?: number;
  /** Delays between failed restarts: first, then doubling up to the max; defaults 1 s and 30 s. */
  backoffInitialMs?: number;
  backoffMaxMs?: number;
}

/** Where the supervisor is (CONVENTIONS §8: the lifecycle as a union keyed on phase). */
export type SupervisorState =
  | { phase: 'watching'; pid: number }
  | { phase: 'restarting'; attempt: number; reason: string }
  | { phase: 'stopped' };

/** A running supervisor. */
export interface Supervisor {
  state(): SupervisorState;
  /** Stops watching (does not stop the server); resolves once a restart in progress has finished or given up. */
  stop(): Promise<void>;
}

/**
 * Watches the embedded Neo4j while `serve` runs: when its process exits (killed, out of memory) or stays unresponsive past
 * `hungAfterMs`, it logs why and starts it again, retrying with exponential backoff until it answers. The driver reconnects on
 * its own, so /healthz and the API recover with no manual step. Never throws; every failure is logged.
 */
export function superviseNeo4j(options: SupervisorOptions): Supervisor {
  const intervalMs = options.intervalMs ?? 2_000;
  const hungAfterMs = options.hungAfterMs ?? 60_000;
  const backoffInitialMs = options.backoffInitialMs ?? 1_000;
  const backoffMaxMs = options.backoffMaxMs ?? 30_000;
  let state: SupervisorState = { phase: 'watching', pid: options.initial.pid };
  let stopped = false;
  let wake: () => void = () => {};
  // Why the watched process exited, once it has; null while it runs (or when it is not our child: then polling finds out).
  let exitReason: string | null = null;
  let watched: StartResult = options.initial;

  // Sleeps `ms`, or less when the watched process exits or stop() is called.
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
      if (exitReason !== null || stopped) wake();
    });

  function watchExit(start: StartResult): void {
    watched = start;
    exitReason = null;
    void start.exited?.then(({ code, signal }) => {
      if (watched !== start) return;
      exitReason = signal ? `killed by ${signal}` : `exited with code ${code}`;
      wake();
    });
  }
  watchExit(options.initial);

  async function restart(reason: string): Promise<void> {
    options.log(`neo4j: the embedded server ${reason}; restarting it`);
    exitReason = null;
    for (let attempt = 1; !stopped; attempt++) {
      state = { phase: 'restarting', attempt, reason };
      try {
        if (serverStatus(options.layout).phase === 'running') await killServer(options.layout);
        const start = await startServer(options.layout, options.server);
        watchExit(start);
        state = { phase: 'watching', pid: start.pid };
        options.log(`neo4j: the embedded server is back (pid ${start.pid}) after ${(start.elapsedMs / 1000).toFixed(1)} s`);
        return;
      } catch (err) {
        const delay = Math.min(backoffMaxMs, backoffInitialMs * 2 ** (attempt - 1));
        const why = err instanceof Neo4jSetupError || err instanceof Error ? err.message : String(err);
        options.log(`neo4j: restart attempt ${attempt} failed (${why}); next attempt in ${(delay / 1000).toFixed(0)} s`);
        await pause(delay);
      }
    }
  }

  async function watch(): Promise<void> {
    let lastHealthy = Date.now();
    while (!stopped) {
      await pause(intervalMs);
      if (stopped) break;
      const status = serverStatus(options.layout);
      if (exitReason !== null || status.phase !== 'running') {
        await restart(`(pid ${watched.pid}) ${exitReason ?? 'is no longer running'}`);
        lastHealthy = Date.now();
        continue;
      }
      try {
        await options.server.ready();
        lastHealthy = Date.now();
      } catch {
        if (Date.now() - lastHealthy >= hungAfterMs) {
          await restart(`(pid ${status.pid}) has not answered for ${Math.round(hungAfterMs / 1000)} s`);
          lastHealthy = Date.now();
        }
      }
    }
  }

  const running = watch();
  return {
    state: () => state,
    async stop() {
      stopped = true;
      wake();
      await running;
      state = { phase: 'stopped' };
    },
  };
}
