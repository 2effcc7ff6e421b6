// The API benchmark's database: a throw-away Neo4j on a free Bolt port whose store holds the first N articles of the
// bench:ingest corpus. Ingested stores are cached under .bench/api/store-<N>, keyed on everything that shapes the stored graph
// (the source, extract, resolve, store and ingest code, the corpus, and migrations 001–004), and copied into a fresh home for
// every run. Migrations from 005 on (query indexes) are applied to that copy on every run, never baked into a cache, so they
// can change between runs without a new ingest. `reuse` takes the newest cached store whatever its key (say so in the figures).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createExecutor, type Executor } from '../../api/src/db/executor';
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from '../../api/src/db/migrate';
import { NEO4J_POM } from '../../api/src/db/connect';
import { expandInputs, ingestChunks, readInputs } from '../../api/src/ingest/index';
import { neo4jLayout, provisionNeo4j, serverStatus, startServer, stopServer, type Neo4jLayout } from '../../api/src/neo4j/index';
import { freePort } from './machine';

/** Migrations numbered below this are baked into a cached store; the later ones (query indexes) are applied on every run. */
const FIRST_RUN_MIGRATION = '005';
const baked = (id: string) => id < FIRST_RUN_MIGRATION;

/** A running benchmark database. */
export interface BenchDatabase {
  layout: Neo4jLayout;
  boltPort: number;
  uri: string;
  password: string;
  executor: Executor;
  articles: number;
  /** Stops Neo4j and removes the throw-away home. */
  dispose(): Promise<void>;
}

/** Heap and page cache: what a small production box would give a graph of this size (overridable). */
export const BENCH_NEO4J = Object.freeze({
  heap: process.env.BENCH_NEO4J_HEAP ?? '2g',
  pageCache: process.env.BENCH_NEO4J_PAGECACHE ?? '1g',
  startTimeoutMs: 300_000,
});

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const p = path.join(dir, entry);
      return statSync(p).isDirectory() ? filesUnder(p) : [p];
    });
}

/** A short hash of the named files of `dir`. */
export function generatorHash(dir: string, names: readonly string[]): string {
  const hash = createHash('sha256');
  for (const name of names) hash.update(name).update(readFileSync(path.join(dir, name)));
  return hash.digest('hex').slice(0, 12);
}

/** The cache key: a hash of the code and migrations that decide what an ingest stores, and of the corpus parameters. */
export function storeKey(root: string, corpusFiles: readonly string[]): string {
  const hash = createHash('sha256');
  const code = ['source', 'extract', 'resolve', 'store', 'ingest'].flatMap((d) => filesUnder(path.join(root, 'api', 'src', d)));
  const migrations = filesUnder(MIGRATIONS_DIR).filter((f) => baked(path.basename(f)));
  for (const file of [...code, ...migrations]) hash.update(path.relative(root, file)).update(readFileSync(file));
  for (const file of corpusFiles) hash.update(path.basename(file)).update(String(statSync(file).size));
  return hash.digest('hex').slice(0, 16);
}


interface Running {
  layout: Neo4jLayout;
  boltPort: number;
  password: string;
  executor: Executor;
}

async function start(layout: Neo4jLayout, log: (line: string) => void): Promise<Running> {
  const boltPort = await freePort();
  const t0 = Date.now();
  const started = await startServer(layout, { ...BENCH_NEO4J, boltPort });
  log(`neo4j: bench server on bolt://127.0.0.1:${boltPort} (heap ${BENCH_NEO4J.heap}, page cache ${BENCH_NEO4J.pageCache}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const executor = createExecutor({ uri: `bolt://127.0.0.1:${boltPort}`, user: 'neo4j', password: started.password, database: 'neo4j', txTimeoutMs: 600_000 });
  await executor.serverInfo(60_000);
  return { layout, boltPort, password: started.password, executor };
}

async function stop(running: Running): Promise<void> {
  await running.executor.close();
  await stopServer(running.layout, 60_000);
}

async function migrate(executor: Executor, all: boolean, log: (line: string) => void): Promise<void> {
  const migrations = readMigrations(MIGRATIONS_DIR).filter((m) => all || baked(m.id));
  const report = await applyMigrations(executor, migrations);
  if (report.applied.length) log(`db: applied migrations ${report.applied.join(', ')}`);
  // CREATE INDEX returns before the index is populated; a benchmark on a half-built index measures nothing.
  await executor.autoCommit({ cypher: 'CALL db.awaitIndexes(600)' });
}

async function ingest(executor: Executor, files: readonly string[], log: (line: string) => void): Promise<void> {
  const t0 = performance.now();
  let last = t0;
  const outcome = await ingestChunks(executor, readInputs(expandInputs([...files]).inputs), {
    batchSize: 50,
    onProgress: ({ articlesDone }) => {
      if (performance.now() - last > 15_000) {
        last = performance.now();
        log(`  ingest: ${articlesDone} articles (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
      }
    },
  });
  if (outcome.phase !== 'done') throw new Error(`bench:api: ingest stopped: ${outcome.reason}`);
  const r = outcome.report;
  log(`  ingest: ${r.articlesNew} new, ${r.articlesFailed} failed in ${(r.elapsedMs / 1000).toFixed(0)} s`);
}

/**
 * Opens a throw-away Neo4j holding the first `articles` articles of `files` (1,000 per file), from the cache when it matches
 * `key`, otherwise by ingesting on top of the largest smaller cached store (or an empty one) and caching the result.
 * Applies every migration and waits for indexes before returning. With `reuse`, cached stores are taken whatever their key.
 */
export async function openBenchDatabase(root: string, files: readonly string[], perFile: number, articles: number, key: string, reuse: boolean, log: (line: string) => void): Promise<BenchDatabase> {
  const cacheRoot = path.join(root, '.bench', 'api');
  mkdirSync(cacheRoot, { recursive: true });
  const lib = path.join(root, '.neo4j', 'lib');
  await provisionNeo4j(lib, NEO4J_POM, log);
  const cacheOf = (n: number) => path.join(cacheRoot, `store-${n}`);
  const cached = (n: number) =>
    existsSync(path.join(cacheOf(n), 'key')) && (reuse || readFileSync(path.join(cacheOf(n), 'key'), 'utf8').trim() === key);

  // Homes of earlier runs that were killed before they could clean up.
  for (const stale of readdirSync(cacheRoot).filter((d) => d.startsWith('run-'))) {
    if (serverStatus(neo4jLayout(path.join(cacheRoot, stale), lib)).phase !== 'running') rmSync(path.join(cacheRoot, stale), { recursive: true, force: true });
  }
  const home = mkdtempSync(path.join(cacheRoot, 'run-'));
  const layout = neo4jLayout(home, lib);
  const base = readdirSync(cacheRoot)
    .map((d) => /^store-(\d+)$/.exec(d)?.[1])
    .map(Number)
    .filter((n) => n > 0 && n <= articles && cached(n))
    .sort((a, b) => b - a)[0];
  if (base) {
    const t0 = Date.now();
    cpSync(cacheOf(base), home, { recursive: true, filter: (src) => path.basename(src) !== 'key' });
    rmSync(layout.pidFile, { force: true });
    log(`bench: store of ${base} articles copied from ${path.relative(root, cacheOf(base))} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  let running = await start(layout, log);
  try {
    if (base !== articles) {
      await migrate(running.executor, false, log);
      const from = base ?? 0;
      log(`bench: ingesting articles ${from + 1}–${articles} (no cached store of ${articles} for key ${key})`);
      await ingest(running.executor, files.slice(from / perFile, articles / perFile), log);
      await stop(running);
      rmSync(cacheOf(articles), { recursive: true, force: true });
      cpSync(home, cacheOf(articles), { recursive: true, filter: (src) => !src.startsWith(layout.run) });
      writeFileSync(path.join(cacheOf(articles), 'key'), `${key}\n`);
      log(`bench: cached the store of ${articles} articles in ${path.relative(root, cacheOf(articles))}`);
      running = await start(layout, log);
    }
    await migrate(running.executor, true, log);
  } catch (err) {
    await stop(running).catch(() => {});
    rmSync(home, { recursive: true, force: true });
    throw err;
  }
  const r = running;
  return {
    layout,
    boltPort: r.boltPort,
    uri: `bolt://127.0.0.1:${r.boltPort}`,
    password: r.password,
    executor: r.executor,
    articles,
    async dispose() {
      await stop(r);
      rmSync(home, { recursive: true, force: true });
    },
  };
}
