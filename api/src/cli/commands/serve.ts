import type { Command } from 'commander';
import { loadConfig, type Config } from '../../config/index';
import { apiTimeouts, openDatabase, SETUP_TIMEOUT_MS, type Database } from '../../db/connect';
import { loadSamplesIfEmpty } from '../../ingest/loadSamples';
import { createLogger } from '../../log/logger';
import { signalServerSync, superviseNeo4j, type Supervisor } from '../../neo4j/index';
import { startHttpServer, type RunningServer } from '../../server/index';
import { warmUp } from '../../server/warmUp';
import { runAction, say } from '../runAction';

interface ServeOptions {
  /** true: --samples, false: --no-samples, undefined: the default (samples into an empty embedded database only). */
  samples?: boolean;
}

/** Adds `diplograph serve`: database up (and watched), migrations applied, HTTP server listening, URL printed. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the local Neo4j (unless NEO4J_URI is set) and keep it running, apply migrations, load samples/ into an empty embedded database, and serve the API, GraphiQL and the web client on PORT')
    .option('--samples', 'load the fictional sample corpus into an empty database even when NEO4J_URI points at your own server')
    .option('--no-samples', 'never load the sample corpus')
    .action(
      runAction(async (options: ServeOptions) => {
        const config = loadConfig();
        const logger = createLogger(config.logLevel);
        const database = await openDatabase(config, say, apiTimeouts(config));
        const ownsLocal = database.local !== null && !database.local.start.alreadyRunning;
        // Last resort if the process dies without the async shutdown below: never leave our Java behind.
        if (ownsLocal && database.local) {
          const layout = database.local.layout;
          process.once('exit', () => signalServerSync(layout));
        }
        let http: RunningServer;
        try {
          // The samples are fictional: never written into someone's own database unless asked.
          if (options.samples ?? database.local !== null) await loadSamplesIfEmpty(database.executor.withTimeouts(SETUP_TIMEOUT_MS), say);
          http = await startHttpServer({ executor: database.executor, logger, config }, config.host, config.port);
        } catch (err) {
          await database.close({ stopLocal: true });
          throw err;
        }
        const supervisor = superviseLocal(database, config);
        console.log(`Diplograph is running at ${http.url} (GraphiQL: ${http.url}graphiql)`);
        void warmUp(new URL('graphql', http.url).href, config.api.readKey, logger);
        await waitForShutdownSignal();
        say('serve: shutting down…');
        await shutdown(http, supervisor, database);
        say('serve: stopped');
      }),
    );
}

// The embedded server is restarted when it dies; a server of one's own (NEO4J_URI) is someone else's to run.
function superviseLocal(database: Database, config: Readonly<Config>): Supervisor | null {
  const mode = config.neo4j.mode;
  if (!database.local || mode.kind !== 'embedded') return null;
  return superviseNeo4j({
    layout: database.local.layout,
    initial: database.local.start,
    server: {
      boltPort: database.local.start.boltPort,
      heap: mode.heap,
      pageCache: mode.pageCache,
      startTimeoutMs: mode.startTimeoutMs,
      // Readiness goes through the one executor: when it answers, the API answers.
      ready: () => database.executor.serverInfo(3_000),
    },
    log: say,
  });
}

function waitForShutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => resolve(signal);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
}

async function shutdown(http: RunningServer, supervisor: Supervisor | null, database: Database): Promise<void> {
  await supervisor?.stop();
  http.server.closeAllConnections();
  await http.close();
  await database.close({ stopLocal: true });
}
