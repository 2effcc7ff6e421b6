import type { Command } from 'commander';
import { loadConfig } from '../../config/index';
import { apiTimeouts, openDatabase, type Database } from '../../db/connect';
import { loadSamplesIfEmpty } from '../../ingest/loadSamples';
import { createLogger } from '../../log/logger';
import { signalServerSync } from '../../neo4j/index';
import { startHttpServer, type RunningServer } from '../../server/index';
import { runAction, say } from '../runAction';

/** Adds `diplograph serve`: database up, migrations applied, HTTP server listening, URL printed. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the local Neo4j (unless NEO4J_URI is set), apply migrations, load samples/ into an empty embedded database, and serve the API, GraphiQL and the web client on PORT')
    .option('--samples', 'load the fictional sample corpus into an empty database even when NEO4J_URI points at your own server')
    .action(
      runAction(async (options: { samples?: boolean }) => {
        const config = loadConfig();
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
          if (database.local || options.samples) await loadSamplesIfEmpty(database.executor, say);
          http = await startHttpServer({ executor: database.executor, logger: createLogger(config.logLevel), config }, config.host, config.port);
        } catch (err) {
          await database.close({ stopLocal: true });
          throw err;
        }
        console.log(`Diplograph is running at ${http.url}`);
        await waitForShutdownSignal();
        say('serve: shutting down…');
        await shutdown(http, database);
        say('serve: stopped');
      }),
    );
}

function waitForShutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => resolve(signal);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
}

async function shutdown(http: RunningServer, database: Database): Promise<void> {
  http.server.closeAllConnections();
  await http.close();
  await database.close({ stopLocal: true });
}
