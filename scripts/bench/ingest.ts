// `npm run bench:ingest`: end-to-end ingestion (read JSONL → extract → resolve → store) into a dedicated local Neo4j
// (NEO4J_HOME=.bench/neo4j on bolt port 7699 unless set, wiped at every run), so the `npm start` database is never touched.
// BENCH_STAGES="1000,10000,50000" sets the cumulative corpus sizes measured; each stage ingests only its new articles into the growing graph.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../api/src/config/index';
import { embeddedLayout, openDatabase } from '../../api/src/db/connect';
import { stopServer } from '../../api/src/neo4j/index';
import { expandInputs, ingestChunks, readInputs, type IngestReport } from '../../api/src/ingest/index';
import { writeIngestCorpus } from './ingestCorpus';
import { describeMachine } from './machine';

const ROOT = join(import.meta.dirname, '..', '..');
const STAGES = (process.env.BENCH_STAGES ?? '1000,10000').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const PER_FILE = 1000;
const BATCH = Number(process.env.BENCH_BATCH ?? 50);
const MB = 1024 * 1024;


let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);

const total = STAGES.at(-1)!;
const t0 = performance.now();
const files = writeIngestCorpus(join(ROOT, 'samples'), join(ROOT, '.bench', 'ingest-corpus'), total, PER_FILE);
console.log(`corpus: ${total} articles in ${files.length} JSONL files (${((performance.now() - t0) / 1000).toFixed(1)} s to prepare)`);

const env = { ...process.env, NEO4J_HOME: process.env.NEO4J_HOME ?? '.bench/neo4j', NEO4J_BOLT_PORT: process.env.NEO4J_BOLT_PORT ?? '7699' };
const config = loadConfig(env);
const layout = embeddedLayout(config);
if (layout) {
  // A fresh store for every run (deleting 1.6 M relationships through Cypher takes longer than a cold start).
  console.log(`bench: starting from an empty database in ${layout.home}`);
  await stopServer(layout);
  rmSync(layout.home, { recursive: true, force: true });
}
const database = await openDatabase(config, (line) => console.log(line));
const executor = database.executor;
if (!layout) {
  console.log('bench: wiping the benchmark graph on NEO4J_URI');
  await executor.autoCommit({ cypher: 'MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS' });
  await executor.autoCommit({ cypher: 'MATCH (n) WHERE NOT n:__Migration CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS' });
}

interface Row { label: string; articles: number; seconds: number; report: IngestReport; rssMb: number; heapMb: number; graphNodes: number; graphRels: number }
const rows: Row[] = [];
const counts = async () => {
  const [n] = await executor.read<{ n: number }>({ cypher: 'MATCH (n) RETURN count(n) AS n' });
  const [r] = await executor.read<{ r: number }>({ cypher: 'MATCH ()-[r]->() RETURN count(r) AS r' });
  return { nodes: n?.n ?? 0, rels: r?.r ?? 0 };
};
const run = async (label: string, slice: string[], force = false) => {
  peakRss = process.memoryUsage().rss;
  const { inputs } = expandInputs(slice);
  let lastLog = performance.now();
  const outcome = await ingestChunks(executor, readInputs(inputs), {
    batchSize: BATCH,
    force,
    onProgress: ({ articlesDone }) => {
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        console.log(`  ${label}: ${articlesDone} articles, rss ${Math.round(process.memoryUsage().rss / MB)} MB`);
      }
    },
  });
  if (outcome.phase !== 'done') throw new Error(`bench: ingest stopped: ${outcome.reason}`);
  const r = outcome.report;
  const articles = r.articlesNew + r.articlesUpdated + r.articlesUnchanged + r.articlesFailed;
  const c = await counts();
  (globalThis as { gc?: () => void }).gc?.();
  const heapMb = Math.round(process.memoryUsage().heapUsed / MB);
  const row = { label, articles, seconds: r.elapsedMs / 1000, report: r, rssMb: Math.round(peakRss / MB), heapMb, graphNodes: c.nodes, graphRels: c.rels };
  rows.push(row);
  console.log(
    `${label}: ${articles} articles in ${row.seconds.toFixed(1)} s = ${(articles / row.seconds).toFixed(1)} articles/s, ` +
      `${(r.nodesCreated / row.seconds).toFixed(0)} nodes/s, ${(r.relationshipsCreated / row.seconds).toFixed(0)} relationships/s, ` +
      `${r.articlesFailed} failed, peak RSS ${row.rssMb} MB, heap after GC ${heapMb} MB, graph ${c.nodes} nodes / ${c.rels} relationships`,
  );
};

let done = 0;
for (const stage of STAGES) {
  await run(`new ${done + 1}–${stage}`, files.slice(done / PER_FILE, stage / PER_FILE));
  done = stage;
}
const rerun = Math.min(total, 10_000);
await run(`re-ingest unchanged 1–${rerun}`, files.slice(0, rerun / PER_FILE));
clearInterval(sampler);
const maxRss = Math.round((process.resourceUsage().maxRSS * 1024) / MB);
await database.close({ stopLocal: true });

console.log(`\nmachine: ${describeMachine()}; Neo4j on the same machine; batch ${BATCH} articles per transaction; process peak RSS ${maxRss} MB`);
console.log('| run | articles | seconds | articles/s | nodes/s | relationships/s | failed | peak RSS (MB) | heap after GC (MB) | graph after (nodes / rels) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.label} | ${r.articles} | ${r.seconds.toFixed(1)} | ${(r.articles / r.seconds).toFixed(1)} | ${(r.report.nodesCreated / r.seconds).toFixed(0)} | ` +
      `${(r.report.relationshipsCreated / r.seconds).toFixed(0)} | ${r.report.articlesFailed} | ${r.rssMb} | ${r.heapMb} | ${r.graphNodes} / ${r.graphRels} |`,
  );
}
