import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from '../../api/src/config/index';
import { NEO4J_POM } from '../../api/src/db/connect';
import { createExecutor } from '../../api/src/db/executor';
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from '../../api/src/db/migrate';
import { neo4jLayout, provisionNeo4j, startServer, stopServer } from '../../api/src/neo4j/index';
import { TEST_SERVER_OPTIONS, type TestNeo4j } from './testNeo4j';
import { freePort } from './freePort';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/**
 * Starts a throw-away Neo4j for the integration tier: the project's provisioned jars, a free port and a temporary
 * home that is removed afterwards. With NEO4J_TEST_URI set, it uses that server instead and starts nothing.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_TEST_URI;
  if (external) {
    const neo4j: TestNeo4j = {
      uri: external,
      user: process.env.NEO4J_TEST_USER ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? '',
      database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
      local: null,
    };
    await migrate(neo4j);
    project.provide('neo4j', neo4j);
    return async () => {};
  }

  const lib = path.join(PROJECT_ROOT, '.neo4j', 'lib');
  await provisionNeo4j(lib, NEO4J_POM, (line) => console.log(line));
  const home = mkdtempSync(path.join(os.tmpdir(), 'diplograph-test-neo4j-'));
  const layout = neo4jLayout(home, lib);
  const boltPort = await freePort();
  const started = Date.now();
  const start = await startServer(layout, { ...TEST_SERVER_OPTIONS, boltPort });
  console.log(`test Neo4j ready on bolt://127.0.0.1:${boltPort} in ${((Date.now() - started) / 1000).toFixed(1)} s (home ${home})`);
  const neo4j: TestNeo4j = {
    uri: `bolt://127.0.0.1:${boltPort}`,
    user: 'neo4j',
    password: start.password,
    database: 'neo4j',
    local: { home, lib, boltPort },
  };
  await migrate(neo4j);
  project.provide('neo4j', neo4j);
  return async () => {
    await stopServer(layout, 15_000);
    rmSync(home, { recursive: true, force: true });
  };
}

async function migrate(neo4j: TestNeo4j): Promise<void> {
  const executor = createExecutor(neo4j);
  try {
    await applyMigrations(executor, readMigrations(MIGRATIONS_DIR));
  } finally {
    await executor.close();
  }
}

