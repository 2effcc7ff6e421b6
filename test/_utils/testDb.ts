import { afterAll, inject } from 'vitest';
import { createExecutor, type Executor } from '../../api/src/db/executor';
import { killServer, neo4jLayout, startServer } from '../../api/src/neo4j/index';
import { TEST_SERVER_OPTIONS, type TestNeo4j } from './testNeo4j';

let executor: Executor | null = null;

/** The harness's Neo4j connection settings. */
export function testNeo4j(): TestNeo4j {
  return inject('neo4j');
}

/** An executor on the test database (migrations already applied), shared within one test file and closed after it. */
export function getTestExecutor(): Executor {
  if (!executor) {
    executor = createExecutor({ ...testNeo4j(), maxRetryTimeMs: 5_000 });
    afterAll(async () => {
      await executor?.close();
      executor = null;
    });
  }
  return executor;
}

/** Deletes every node and relationship except the migration records, so each test file starts from an empty graph. */
export async function clearGraph(target: Executor = getTestExecutor()): Promise<void> {
  await target.autoCommit({
    cypher: 'MATCH (n) WHERE NOT n:__Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
  });
}

/** Kills the harness's Neo4j hard, as a crash would (fault tests). Throws when the tests use NEO4J_TEST_URI. */
export async function stopTestNeo4j(): Promise<void> {
  await killServer(localLayout());
}

/** Starts the harness's Neo4j again on the same port and data, and waits until it answers. */
export async function startTestNeo4j(): Promise<void> {
  const { local } = testNeo4j();
  if (!local) throw new Error('testDb: startTestNeo4j needs the harness-started Neo4j, not NEO4J_TEST_URI');
  await startServer(localLayout(), { ...TEST_SERVER_OPTIONS, boltPort: local.boltPort });
}

function localLayout() {
  const { local } = testNeo4j();
  if (!local) throw new Error('testDb: stopping the server needs the harness-started Neo4j, not NEO4J_TEST_URI');
  return neo4jLayout(local.home, local.lib);
}
