// Measures the embedded Neo4j: provisioning (jar count and size), a cold start on an empty home, a warm start on the
// same data, and a clean stop. Run: npm run bench:neo4j
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../api/src/config/index';
import { NEO4J_POM } from '../../api/src/db/connect';
import { NEO4J_VERSION, neo4jLayout, provisionNeo4j, startServer, stopServer } from '../../api/src/neo4j/index';

const lib = path.join(PROJECT_ROOT, '.neo4j', 'lib');
const provisioned = await provisionNeo4j(lib, NEO4J_POM, console.log);
const bytes = readdirSync(lib).reduce((sum, f) => sum + statSync(path.join(lib, f)).size, 0);
console.log(`Neo4j ${NEO4J_VERSION}: ${provisioned.jarCount} jars, ${(bytes / 1024 / 1024).toFixed(1)} MiB in ${lib}${provisioned.downloaded ? `, resolved in ${(provisioned.elapsedMs / 1000).toFixed(1)} s` : ' (already provisioned)'}`);

const home = mkdtempSync(path.join(os.tmpdir(), 'diplograph-bench-neo4j-'));
const layout = neo4jLayout(home, lib);
const options = { boltPort: 7697, heap: '1g', pageCache: '512m', startTimeoutMs: 180_000 };
try {
  const cold = await startServer(layout, options);
  console.log(`cold start (new store, initial password): ${(cold.elapsedMs / 1000).toFixed(1)} s`);
  let t = Date.now();
  await stopServer(layout);
  console.log(`clean stop: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const warm = await startServer(layout, options);
  console.log(`warm start (existing store): ${(warm.elapsedMs / 1000).toFixed(1)} s`);
  t = Date.now();
  await stopServer(layout);
  console.log(`clean stop: ${((Date.now() - t) / 1000).toFixed(1)} s`);
} finally {
  await stopServer(layout, 5_000);
  rmSync(home, { recursive: true, force: true });
}
