import type { Command } from 'commander';
import { loadConfig } from '../../config/index';
import { embeddedLayout, openDatabase } from '../../db/connect';
import { createExecutor } from '../../db/executor';
import { readPassword, serverStatus, stopServer } from '../../neo4j/index';
import { runAction, say } from '../runAction';

/** Adds `diplograph db start|stop|status`, which manage the embedded Neo4j. */
export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('manage the embedded local Neo4j (ignored when NEO4J_URI is set)');

  db.command('start')
    .description('provision (first run) and start the local Neo4j in the background, then apply migrations')
    .action(
      runAction(async () => {
        const config = loadConfig();
        const database = await openDatabase(config, say);
        await database.close();
        say(database.local ? `neo4j: running (pid ${database.local.start.pid}) on bolt://127.0.0.1:${database.local.start.boltPort}; stop it with: diplograph db stop` : 'neo4j: NEO4J_URI is set, nothing to start locally; migrations applied');
      }),
    );

  db.command('stop')
    .description('stop the local Neo4j cleanly')
    .action(
      runAction(async () => {
        const layout = embeddedLayout(loadConfig());
        if (!layout) return say('neo4j: NEO4J_URI is set, there is no local server to stop');
        say((await stopServer(layout)) ? 'neo4j: stopped' : 'neo4j: was not running');
      }),
    );

  db.command('status')
    .description('tell whether the database answers, with its version')
    .action(
      runAction(async () => {
        const config = loadConfig();
        const layout = embeddedLayout(config);
        const state = layout ? serverStatus(layout) : null;
        if (layout && state?.phase !== 'running') {
          console.log(`neo4j: stopped (home ${layout.home})`);
          return 3;
        }
        const password = config.neo4j.password ?? (layout ? readPassword(layout) : null) ?? '';
        const executor = createExecutor({ uri: config.neo4j.uri, user: config.neo4j.user, password, database: config.neo4j.database });
        try {
          const info = await executor.serverInfo(5000);
          console.log(`neo4j: up, ${info.edition} ${info.version} at ${config.neo4j.uri}${state?.phase === 'running' ? ` (pid ${state.pid})` : ''}`);
          return 0;
        } catch (err) {
          console.log(`neo4j: down at ${config.neo4j.uri}: ${err instanceof Error ? err.message : String(err)}`);
          return 1;
        } finally {
          await executor.close();
        }
      }),
    );
}
