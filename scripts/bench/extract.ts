// `npm run bench:extract`: extraction throughput and memory over a generated corpus, on one core (Node runs the extraction on one thread).
// It prints its figures; `npm run bench:extract -- --write` also records them in docs/BENCHMARKS.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { extractArticle } from '../../api/src/extract/index';
import { generateCorpus, loadSampleParagraphs } from './corpus';
import { describeMachine } from './machine';

const ROOT = join(import.meta.dirname, '..', '..');
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 5000);
const WORDS_PER_ARTICLE = 500;
const WARMUP = 200;
const MB = 1024 * 1024;

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}


const samples = loadSampleParagraphs(join(ROOT, 'samples'));
const corpus = generateCorpus(ARTICLES, WORDS_PER_ARTICLE, samples);
const words = corpus.reduce((n, a) => n + a.body.split(/\s+/).length, 0);
for (const article of corpus.slice(0, WARMUP)) extractArticle(article);
gc();
const checkpoints = new Map<number, { rss: number; heap: number }>();
const marks = [0.1, 0.25, 0.5, 0.75, 1].map((f) => Math.max(1, Math.round(ARTICLES * f)));
const rssStart = process.memoryUsage().rss;
let peakRss = rssStart;
let extracted = { persons: 0, countries: 0, statements: 0 };
const cpuStart = process.cpuUsage();
const started = process.hrtime.bigint();
let pausedNs = 0n;
corpus.forEach((article, index) => {
  const result = extractArticle(article);
  extracted = {
    persons: extracted.persons + result.persons.length,
    countries: extracted.countries + result.countries.length,
    statements: extracted.statements + result.statements.length,
  };
  if (index % 50 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (marks.includes(index + 1)) {
    // Heap after a full GC shows retained memory; the pause is excluded from the timing.
    const pause = process.hrtime.bigint();
    gc();
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    checkpoints.set(index + 1, { rss: usage.rss, heap: usage.heapUsed });
    pausedNs += process.hrtime.bigint() - pause;
  }
});
const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const seconds = Number(process.hrtime.bigint() - started - pausedNs) / 1e9;
const perSecond = ARTICLES / seconds;
const wordsPerSecond = words / seconds;
// On a shared machine wall time includes waiting for the CPU; CPU time is what extraction itself costs on one core.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

const lines = [
  `machine: ${describeMachine()}`,
  `corpus: ${ARTICLES} articles, ${words.toLocaleString('en-US')} words (${Math.round(words / ARTICLES)} per article), ${samples.length ? `${samples.length} sample paragraphs from samples/ mixed with templates` : 'templates only (samples/ is empty)'}`,
  `time: ${seconds.toFixed(2)} s after ${WARMUP} warm-up articles`,
  `throughput (wall clock): ${perSecond.toFixed(0)} articles/s, ${Math.round(wordsPerSecond).toLocaleString('en-US')} words/s`,
  `throughput per CPU second: ${(ARTICLES / cpuSeconds).toFixed(0)} articles/s, ${Math.round(words / cpuSeconds).toLocaleString('en-US')} words/s (process CPU time ${cpuSeconds.toFixed(2)} s, GC threads included)`,
  `CPU share: ${(cpuSeconds / wallSeconds).toFixed(2)} cores busy on average (below 1 means the machine was shared; load average ${loadavg()[0]?.toFixed(1)})`,
  `extracted: ${extracted.persons} persons, ${extracted.countries} countries, ${extracted.statements} statements`,
  `peak RSS: ${(peakRss / MB).toFixed(0)} MB (start ${(rssStart / MB).toFixed(0)} MB)`,
  `memory after GC: ${[...checkpoints].map(([n, m]) => `${Math.round((n / ARTICLES) * 100)}% rss ${(m.rss / MB).toFixed(0)} MB heap ${(m.heap / MB).toFixed(1)} MB`).join('; ')}`,
];
console.log(lines.join('\n'));

if (process.argv.includes('--write')) {
  const file = join(ROOT, 'docs', 'BENCHMARKS.md');
  let doc = '';
  try {
    doc = readFileSync(file, 'utf8');
  } catch {
    doc = '# Benchmarks\n';
  }
  const table = [...checkpoints].map(([n, m]) => `| ${Math.round((n / ARTICLES) * 100)}% (${n}) | ${(m.rss / MB).toFixed(0)} | ${(m.heap / MB).toFixed(1)} |`);
  const section = [
    '## Extraction',
    '',
    `\`npm run bench:extract\` (scripts/bench/extract.ts), measured ${new Date().toISOString().slice(0, 10)}. Extraction runs on one thread; the corpus is generated`,
    'from project-written templates and the sample articles in samples/, with countries, names and dates varied (deterministic seed).',
    '',
    ...lines.map((l) => `- ${l}`),
    '- targets: >= 150 articles/s, memory flat over the run',
    '',
    '| progress | RSS after GC (MB) | heap used after GC (MB) |',
    '| --- | --- | --- |',
    ...table,
    '',
  ].join('\n');
  const start = doc.indexOf('## Extraction');
  if (start >= 0) {
    const next = doc.indexOf('\n## ', start + 1);
    doc = doc.slice(0, start) + section + (next >= 0 ? `\n${doc.slice(next + 1)}` : '');
  } else {
    doc = `${doc.trimEnd()}\n\n${section}`;
  }
  writeFileSync(file, doc);
  console.log(`written to ${file}`);
}
