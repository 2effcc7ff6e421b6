// `npm run bench:api`: the GraphQL API under load. For each corpus size (`--articles 10000,50000`, default 10000) it opens a
// throw-away Neo4j holding that many articles of the bench:ingest corpus (cached under .bench/api), starts the real server
// (`diplograph serve`) as a child process on 127.0.0.1, checks every request of the mix once, then drives each operation with
// autocannon at each concurrency (`--concurrency 1,16`) for `--duration` seconds (default 10, at most `--max-requests`).
// Prints p50/p95/p99, requests/s and errors per operation; exits 1 when any request failed. `--ops search,path` runs a subset;
// `--reuse-store` benchmarks the cached stores even when the ingest code changed since they were made; `--ingest-only` only
// builds the cached stores. `--cache off,warm` (default both) runs the mix once per response-cache mode: `off` starts the
// server with DIPLOGRAPH_RESPONSE_CACHE_MB=0, so every request runs its queries; `warm` keeps the default cache, and its check
// pass sends every request of the mix once (no --check-seconds bound), so the timed requests are repeats of questions already
// asked since the last write. Each timed run is followed by a 3 s pause for requests it cut off to finish in the server.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { signalServerSync } from '../../api/src/neo4j/index';
import { writeIngestCorpus } from './ingestCorpus';
import { graphqlError, postOnce, runLoad, type LoadResult } from './apiLoad';
import { generatorHash, openBenchDatabase, storeKey, BENCH_NEO4J, type BenchDatabase } from './apiStore';
import { buildOperations, pickFromGraph, secondPage, type Operation } from './apiWorkload';
import { describeMachine, freePort } from './machine';

const ROOT = path.join(import.meta.dirname, '..', '..');
const PER_FILE = 1000;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && process.argv[i + 1]) return process.argv[i + 1]!;
  const inline = process.argv.find((a) => a.startsWith(`--${name}=`));
  return inline ? inline.slice(name.length + 3) : (process.env[`BENCH_API_${name.toUpperCase().replace(/-/g, '_')}`] ?? fallback);
}
const numbers = (s: string) => s.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);

const STAGES = numbers(option('articles', '10000')).sort((a, b) => a - b);
const CONCURRENCY = numbers(option('concurrency', '1,16'));
const DURATION = Number(option('duration', '10'));
const MAX_REQUESTS = Number(option('max-requests', '20000'));
const ONLY = option('ops', '').split(',').filter(Boolean);
const CHECK_BUDGET_MS = Number(option('check-seconds', '30')) * 1000;
// Take the cached store of each size even when the code that shapes it changed since (figures then say so).
const REUSE = process.argv.includes('--reuse-store') || process.env.BENCH_API_REUSE_STORE === '1';
// Only build (or check) the cached stores, e.g. the 50k one in the background while the 10k one is measured.
const INGEST_ONLY = process.argv.includes('--ingest-only');
const CACHE_MODES = option('cache', 'off,warm').split(',').filter((m): m is CacheMode => m === 'off' || m === 'warm');
type CacheMode = 'off' | 'warm';
if (STAGES.some((n) => n % PER_FILE !== 0)) throw new Error(`bench:api: --articles must be multiples of ${PER_FILE}`);

const log = (line: string) => console.log(line);
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');



/** Starts `diplograph serve` against the bench database and waits for /healthz; the child is killed on exit. */
async function startApi(db: BenchDatabase, cache: CacheMode): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const env = { ...process.env, DIPLOGRAPH_RESPONSE_CACHE_MB: cache === 'off' ? '0' : (process.env.DIPLOGRAPH_RESPONSE_CACHE_MB ?? '64'), NEO4J_URI: db.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: db.password, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', NODE_ENV: 'production' };
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'diplograph.mjs'), 'serve'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  process.once('exit', () => child.kill('SIGKILL'));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`bench:api: the server exited (${child.exitCode}):\n${output.join('').slice(-2000)}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { url: `${base}/graphql`, child };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`bench:api: the server did not answer /healthz within 120 s:\n${output.join('').slice(-2000)}`);
}

async function stopApi(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Sends every request once: warms the server, drops path pairs the API finds unconnected, adds second pages of statements, and skips operations the API does not answer. */
async function checkOperations(url: string, operations: Operation[], budgetMs: number): Promise<Operation[]> {
  const usable: Operation[] = [];
  for (const op of operations) {
    const kept: typeof op.requests = [];
    const errors: string[] = [];
    let emptyPaths = 0;
    const t0 = performance.now();
    let checked = 0;
    for (const request of op.requests) {
      // Bounded: on a busy machine one pass over a mix can take minutes. Unchecked requests stay in the mix, except
      // path pairs, which must be known to be connected.
      if (performance.now() - t0 > budgetMs) {
        if (op.name !== 'path') kept.push(request);
        continue;
      }
      checked++;
      const answer = await postOnce(url, request);
      const problem = answer.status === 200 ? graphqlError(answer.text) : `HTTP ${answer.status}: ${answer.text.slice(0, 200)}`;
      if (problem) {
        errors.push(problem);
        kept.push(request);
        continue;
      }
      const data = answer.json.data ?? {};
      if (op.name === 'path' && ((data.path as { nodes?: unknown[] } | undefined)?.nodes?.length ?? 0) === 0) {
        emptyPaths++;
        continue;
      }
      kept.push(request);
      const page = (data.statements as { pageInfo?: { hasNextPage?: boolean; endCursor?: string | null } } | undefined)?.pageInfo;
      if (op.name === 'statements' && page?.hasNextPage && page.endCursor) {
        const next = secondPage(request, page.endCursor);
        kept.push(next);
        // Sent too, so that with the cache on every request of the timed mix has been asked once before.
        if ((await postOnce(url, next)).status !== 200) errors.push(`second page refused: ${JSON.stringify(next).slice(0, 200)}`);
      }
    }
    const ms = (performance.now() - t0) / Math.max(1, checked);
    const note = `${op.name}: ${checked} of ${op.requests.length} requests checked (${ms.toFixed(1)} ms each, one at a time), ${kept.length} in the mix` + (emptyPaths ? `, ${emptyPaths} unconnected pairs dropped` : '');
    if (errors.length === op.requests.length || kept.length === 0) {
      log(`  SKIP ${op.name}: the API does not answer it (${errors[0] ?? 'no usable request'})`);
      continue;
    }
    log(`  ${note}${errors.length ? `; ${errors.length} ERRORS, first: ${errors[0]}` : ''}`);
    usable.push({ ...op, requests: kept });
  }
  return usable;
}

interface Row { articles: number; cache: CacheMode; op: Operation; connections: number; result: LoadResult; load: string }
const rows: Row[] = [];
const skipped = new Map<number, string[]>();

log(`bench:api: ${describeMachine()}; stages ${STAGES.join(', ')} articles; response cache ${CACHE_MODES.join(', ')}; concurrency ${CONCURRENCY.join(', ')}; ${DURATION} s per run; load average ${load()}`);
// The corpus folder is named after the generator's code, so a change to the generator makes a new corpus (and a new store).
const generator = generatorHash(path.join(ROOT, 'scripts', 'bench'), ['ingestCorpus.ts', 'corpus.ts', 'templates.ts']);
// With --reuse-store and every size cached, no corpus is needed (generating 50,000 articles takes minutes on a busy machine).
const allCached = REUSE && STAGES.every((n) => existsSync(path.join(ROOT, '.bench', 'api', `store-${n}`, 'key')));
const files = allCached ? [] : writeIngestCorpus(path.join(ROOT, 'samples'), path.join(ROOT, '.bench', 'api', `corpus-${generator}`), Math.max(...STAGES), PER_FILE);
const key = allCached ? 'reused' : storeKey(ROOT, files);
let current: BenchDatabase | null = null;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`bench:api: ${signal}, stopping the bench Neo4j`);
    void (current?.dispose() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}
// Whatever ends the process, the bench Neo4j does not outlive it.
process.once('exit', () => current && signalServerSync(current.layout));
let neo4jVersion = '?';
for (const articles of STAGES) {
  log(`\n== ${articles} articles ==`);
  const db = await openBenchDatabase(ROOT, files, PER_FILE, articles, key, REUSE, log);
  current = db;
  let api: { url: string; child: ChildProcess } | null = null;
  try {
    if (INGEST_ONLY) continue;
    neo4jVersion = (await db.executor.serverInfo()).version;
    const [size] = await db.executor.read<{ nodes: number; rels: number; statements: number }>({
      cypher: 'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } CALL { MATCH (s:Statement) RETURN count(s) AS statements } RETURN nodes, rels, statements',
    });
    log(`graph: ${size?.nodes} nodes, ${size?.rels} relationships, ${size?.statements} statements; Neo4j ${neo4jVersion}`);
    const t0 = performance.now();
    const picks = await pickFromGraph(db.executor);
    log(`picked ids in ${((performance.now() - t0) / 1000).toFixed(1)} s: busiest countries ${picks.countries.slice(0, 2).map((c) => `${c.name} (${c.n})`).join(', ')}; ${picks.paths.length} candidate path pairs`);
    const all = buildOperations(picks).filter((op) => ONLY.length === 0 || ONLY.some((o) => op.name.startsWith(o)));
    for (const cache of CACHE_MODES) {
      api = await startApi(db, cache);
      log(`server (response cache ${cache}): ${api.url}; checking every request once (load average ${load()})`);
      // Warm: every request is sent once, whatever it takes, so the timed runs measure answers from the cache.
      const operations = await checkOperations(api.url, all, cache === 'warm' ? Number.POSITIVE_INFINITY : CHECK_BUDGET_MS);
      skipped.set(articles, all.filter((o) => !operations.some((u) => u.name === o.name)).map((o) => o.name));
      for (const connections of CONCURRENCY) {
        for (const op of operations) {
          // A short untimed run first, so each measurement starts with warm connections and warm query plans.
          await runLoad(op.requests, { url: api.url, connections, durationSeconds: 2, maxRequests: 2000 });
          const before = load();
          const result = await runLoad(op.requests, { url: api.url, connections, durationSeconds: DURATION, maxRequests: MAX_REQUESTS });
          rows.push({ articles, cache, op, connections, result, load: before });
          // Requests cut off by the end of the run may still be running in the server: let them finish first.
          await new Promise((r) => setTimeout(r, 3000));
          log(
            `  ${op.name.padEnd(18)} cache ${cache.padEnd(4)} c=${String(connections).padStart(2)}  ${String(result.requests).padStart(6)} req  ${result.perSecond.toFixed(1).padStart(7)} req/s  ` +
              `p50 ${result.p50.toFixed(1)} ms  p95 ${result.p95.toFixed(1)} ms  p99 ${result.p99.toFixed(1)} ms  errors ${result.errors}  (load ${before})` +
              (result.samples.length ? `\n    first errors: ${result.samples.join(' | ')}` : ''),
          );
        }
      }
      await stopApi(api.child);
      api = null;
    }
  } finally {
    if (api) await stopApi(api.child);
    await db.dispose();
    current = null;
  }
}

log(`\nmachine: ${describeMachine()}; Neo4j ${neo4jVersion} Community on the same machine (heap ${BENCH_NEO4J.heap}, page cache ${BENCH_NEO4J.pageCache}); ${new Date().toISOString()}`);
log('| articles | response cache | operation | concurrency | requests | req/s | p50 (ms) | p95 (ms) | p99 (ms) | errors | p95 target (c=16, 10k) | load average |');
log('|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|');
for (const r of rows) {
  const t = r.op.targetP95Ms;
  const verdict = t === null ? '—' : `≤ ${t} ms${r.connections === 16 ? (r.result.p95 <= t ? ' ✓' : ' ✗') : ''}`;
  log(
    `| ${r.articles} | ${r.cache} | ${r.op.name} | ${r.connections} | ${r.result.requests} | ${r.result.perSecond.toFixed(1)} | ${r.result.p50.toFixed(1)} | ` +
      `${r.result.p95.toFixed(1)} | ${r.result.p99.toFixed(1)} | ${r.result.errors} | ${verdict} | ${r.load} |`,
  );
}
for (const [articles, names] of skipped) if (names.length) log(`not measured at ${articles} articles (the API does not answer them yet): ${names.join(', ')}`);
const errors = rows.reduce((n, r) => n + r.result.errors, 0);
if (errors > 0) {
  log(`bench:api: ${errors} requests failed`);
  process.exitCode = 1;
}
