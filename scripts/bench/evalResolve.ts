// `npm run eval:resolve`: how well cross-article person resolution groups mentions, measured on the generated ingestion corpus, whose
// generator records which invented person every name stands for. Ingests the corpus in stages (EVAL_STAGES, default "1000,10000")
// into its own throw-away Neo4j (temporary NEO4J_HOME, free Bolt port, removed at the end) and prints pairwise precision and recall
// of person merges after each stage. EVAL_LIST_WRONG=n also lists, after each stage, the n nodes with the most false pairs (the
// mentions of other persons on them, with article, date, texts, roles and countries), then every surname-only mention linked to
// another person's node with the evidence each candidate of that surname scores against the final graph.
// Note: the corpus is regenerated whenever the last stage differs from the stored one (EVAL_STAGES=1000 replaces a 10,000 corpus).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../api/src/config/index';
import { openDatabase } from '../../api/src/db/connect';
import type { Executor } from '../../api/src/db/executor';
import { extractArticle } from '../../api/src/extract/index';
import { findKnownPersons, principalTargets, SURNAME_EVIDENCE, surnameKey, toSurnameMention } from '../../api/src/resolve/index';
import { expandInputs, ingestChunks, readInputs } from '../../api/src/ingest/index';
import { inventPopulation, seededRandom, type ArticleTruth } from './corpus';
import { truthFileOf, writeIngestCorpus } from './ingestCorpus';
import { describeMachine, freePort } from './machine';

const ROOT = join(import.meta.dirname, '..', '..');
const STAGES = (process.env.EVAL_STAGES ?? '1000,10000').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const PER_FILE = 1000;
// writeIngestCorpus's default seed; its generator draws the population first, so the same seed gives each person's country.
const CORPUS_SEED = 7;

/** One mention unit: an article's MENTIONS of a person node, attributed to the invented person the generator wrote there. */
interface Unit { node: string; nodeIsSurnameOnly: boolean; truth: string; surnameOnly: boolean; url?: string; context?: string }

/** Pairwise scores: pairs of units on one node that are one true person, over pairs on one node (precision) and over pairs of one true person (recall). */
export interface PairwiseScores { units: number; unmatched: number; precision: number; recall: number; surnameOnly: { right: number; wrong: number; unlinked: number } }

const pairs = (n: number) => (n * (n - 1)) / 2;

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Scores units pairwise; a surname-only unit is right when it sits on the node that holds most full-name units of its true person. */
export function scoreUnits(units: readonly Unit[], unmatched: number): PairwiseScores {
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + pairs(n), 0);
  const both = sum(countBy(units, (u) => `${u.node}\u0000${u.truth}`));
  const predicted = sum(countBy(units, (u) => u.node));
  const actual = sum(countBy(units, (u) => u.truth));
  const home = new Map<string, string>();
  const byTruthNode = countBy(units.filter((u) => !u.surnameOnly), (u) => `${u.truth}\u0000${u.node}`);
  const best = new Map<string, number>();
  for (const [key, n] of byTruthNode) {
    const [truth, node] = key.split('\u0000') as [string, string];
    if (n > (best.get(truth) ?? 0)) {
      best.set(truth, n);
      home.set(truth, node);
    }
  }
  const surnameOnly = { right: 0, wrong: 0, unlinked: 0 };
  for (const u of units.filter((x) => x.surnameOnly)) {
    if (u.nodeIsSurnameOnly) surnameOnly.unlinked++;
    else if (home.get(u.truth) === u.node) surnameOnly.right++;
    else surnameOnly.wrong++;
  }
  return { units: units.length, unmatched, precision: predicted ? both / predicted : 1, recall: actual ? both / actual : 1, surnameOnly };
}

const MENTIONS = `
MATCH (a:Article)-[m:MENTIONS]->(p:Person) WHERE size(m.texts) > 0
RETURN a.url AS url, p.id AS node, p.name AS name, m.texts AS texts, a.publishedAt AS publishedAt,
       [i IN range(0, size(m.roleTargets) - 1) | m.roleKeys[i] + ' of ' + m.roleTargets[i]] AS roles,
       COLLECT { MATCH (a)-[:MENTIONS]->(c:Country) RETURN c.id ORDER BY c.id } AS countries`;

/** Reads every person mention of the graph and attributes it to the invented person whose surname its texts contain (one per article). */
async function readUnits(executor: Executor, truths: ReadonlyMap<string, ArticleTruth>): Promise<{ units: Unit[]; unmatched: number }> {
  const rows = await executor.read<{ url: string; node: string; name: string; texts: string[]; publishedAt: string | null; roles: string[]; countries: string[] }>({ cypher: MENTIONS });
  const units: Unit[] = [];
  let unmatched = 0;
  for (const row of rows) {
    const truth = truths.get(row.url);
    const words = new Set(row.texts.flatMap((t) => t.split(/[^\p{L}'-]+/u)));
    const who = truth?.persons.filter((p) => words.has(p.surname)) ?? [];
    if (who.length !== 1) {
      unmatched++;
      continue;
    }
    const person = who[0]!;
    const context = `${row.url} ${row.publishedAt ?? '-'} texts=${JSON.stringify(row.texts)} roles=[${row.roles.join('; ')}] countries=[${row.countries.join(' ')}]`;
    units.push({ node: row.node, nodeIsSurnameOnly: row.name.trim().split(/\s+/).length < 2, truth: person.id, surnameOnly: person.surnameOnly, url: row.url, context });
  }
  return { units, unmatched };
}

/**
 * The nodes that hold mentions of more than one invented person (the false pairs of precision), each with its units grouped by true
 * person, largest group first; the minority groups list every mention with its article, date, texts, roles and countries.
 */
export function describeWrongMerges(units: readonly Unit[], limit = Number.POSITIVE_INFINITY, homeOf: (truth: string) => string = () => ''): string[] {
  const byNode = new Map<string, Unit[]>();
  for (const u of units) byNode.set(u.node, [...(byNode.get(u.node) ?? []), u]);
  const report: Array<{ falsePairs: number; lines: string[] }> = [];
  for (const [node, list] of byNode) {
    const byTruth = [...countBy(list, (u) => u.truth)].sort((a, b) => b[1] - a[1]);
    if (byTruth.length < 2) continue;
    const falsePairs = pairs(list.length) - byTruth.reduce((s, [, n]) => s + pairs(n), 0);
    const lines = [`${node}: ${falsePairs} false pairs; ${byTruth.map(([t, n]) => `${t}${homeOf(t)} x${n}`).join(', ')}`];
    for (const [truth] of byTruth.slice(list[0]!.nodeIsSurnameOnly ? 0 : 1)) {
      for (const u of list.filter((x) => x.truth === truth).slice(0, 8)) lines.push(`    ${truth}${homeOf(truth)}${u.surnameOnly ? ' (surname only)' : ''}: ${u.context ?? ''}`);
    }
    report.push({ falsePairs, lines });
  }
  return report.sort((a, b) => b.falsePairs - a.falsePairs).slice(0, limit).flatMap((r) => r.lines);
}

const ARTICLE_BY_URL = `
MATCH (a:Article {url: $url})
RETURN a.id AS id, a.title AS title, a.summary AS summary, a.publishedAt AS publishedAt, a.source AS source, a.body AS body`;

/**
 * For every surname-only mention linked to a node that is not its person's, the evidence each candidate of that surname scores now
 * (the article extracted again, the candidates as the graph holds them without that article): what decided the wrong link.
 */
async function explainWrongLinks(executor: Executor, units: readonly Unit[]): Promise<string[]> {
  const best = new Map<string, { node: string; n: number }>();
  for (const [key, n] of countBy(units.filter((u) => !u.surnameOnly), (u) => `${u.truth}\u0000${u.node}`)) {
    const [truth, node] = key.split('\u0000') as [string, string];
    if (n > (best.get(truth)?.n ?? 0)) best.set(truth, { node, n });
  }
  const lines: string[] = [];
  for (const u of units.filter((x) => x.surnameOnly && !x.nodeIsSurnameOnly && best.get(x.truth)?.node !== x.node && x.url)) {
    const [row] = await executor.read<{ id: string; title: string | null; summary: string | null; publishedAt: string | null; source: string | null; body: string }>({ cypher: ARTICLE_BY_URL, params: { url: u.url } });
    if (!row) continue;
    const x = extractArticle({ ...row, url: u.url ?? null, origin: { file: null, line: null } });
    const surname = u.truth.split('-').at(-1)!;
    const person = x.persons.find((p) => surnameKey(p.name) === surname && p.name.trim().split(/\s+/).length < 2);
    if (!person) continue;
    const mention = toSurnameMention(person, x, x.persons.filter((p) => p.name.trim().split(/\s+/).length >= 2).map((p) => p.id));
    const candidates = await findKnownPersons(executor, [surname], [row.id]);
    lines.push(`${u.url} ${u.truth} -> ${u.node}: titles=[${mention.titleKeys.join('; ')}] targets=[${mention.targets.join(' ')}] mentioned=[${mention.mentioned.join(' ')}] in=[${mention.inArticle.join(' ')}]`);
    for (const c of candidates.filter((k) => k.name.trim().split(/\s+/).length >= 2)) {
      const parts = SURNAME_EVIDENCE.map((e) => `${e.name}=${e.score(mention, c)}`).join(' ');
      const roles = [...new Set((c.roles ?? []).map((r) => `${r.titleKey}@${r.target}${r.articles ? ` x${r.articles}` : ''}`))];
      lines.push(`    ${c.id} n=${c.namedInFull ?? 0} ${parts} principal=[${[...principalTargets(c)].join(' ')}] roles(${roles.length})=[${roles.slice(0, 12).join(', ')}] ${c.firstSeen ?? ''}..${c.lastSeen ?? ''}`);
    }
  }
  return lines;
}

async function main(): Promise<void> {
  const total = STAGES.at(-1)!;
  const files = writeIngestCorpus(join(ROOT, 'samples'), join(ROOT, '.bench', 'resolve-corpus'), total, PER_FILE, CORPUS_SEED);
  const home = mkdtempSync(join(tmpdir(), 'diplograph-eval-resolve-'));
  const env = { ...process.env, NEO4J_URI: undefined, NEO4J_HOME: home, NEO4J_BOLT_PORT: String(await freePort()) };
  const database = await openDatabase(loadConfig(env), (line) => console.log(line));
  const truths = new Map<string, ArticleTruth>();
  const rows: string[] = [];
  try {
    let done = 0;
    for (const stage of STAGES) {
      const slice = files.slice(done / PER_FILE, stage / PER_FILE);
      for (const file of slice) {
        for (const line of readFileSync(truthFileOf(file), 'utf8').split('\n').filter(Boolean)) {
          const truth = JSON.parse(line) as ArticleTruth;
          truths.set(truth.url, truth);
        }
      }
      const outcome = await ingestChunks(database.executor, readInputs(expandInputs(slice).inputs));
      if (outcome.phase !== 'done') throw new Error(`eval:resolve: ingest stopped: ${outcome.reason}`);
      const seconds = outcome.report.elapsedMs / 1000;
      const { units, unmatched } = await readUnits(database.executor, truths);
      const s = scoreUnits(units, unmatched);
      const f1 = (2 * s.precision * s.recall) / (s.precision + s.recall || 1);
      const row = `| ${stage} | ${s.units} | ${s.unmatched} | ${s.precision.toFixed(4)} | ${s.recall.toFixed(4)} | ${f1.toFixed(4)} | ` +
        `${s.surnameOnly.right} / ${s.surnameOnly.wrong} / ${s.surnameOnly.unlinked} | ${(outcome.report.articlesNew / seconds).toFixed(1)} |`;
      console.log(row);
      rows.push(row);
      // EVAL_LIST_WRONG=n: the n nodes with the most false pairs, with the context of their mentions.
      if (process.env.EVAL_LIST_WRONG) {
        const homes = new Map(inventPopulation(seededRandom(CORPUS_SEED)).map((p) => [p.id, p.country.iso3]));
        for (const line of describeWrongMerges(units, Number(process.env.EVAL_LIST_WRONG) || 30, (t) => ` (${homes.get(t) ?? '?'})`)) console.log(line);
        for (const line of await explainWrongLinks(database.executor, units)) console.log(line);
      }
      done = stage;
    }
  } finally {
    await database.close({ stopLocal: true });
    rmSync(home, { recursive: true, force: true });
  }
  console.log(`\nmachine: ${describeMachine()}`);
  console.log('| articles | person mentions | not attributable | pairwise precision | pairwise recall | F1 | surname-only right / wrong / unlinked | articles/s |');
  console.log('|---:|---:|---:|---:|---:|---:|---|---:|');
  for (const row of rows) console.log(row);
}

await main();
