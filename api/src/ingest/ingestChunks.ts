import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Executor } from '../db/executor';
import { DatabaseUnavailableError } from '../errors/index';
import { extractArticle } from '../extract/index';
import type { ExtractionResult } from '../extract/types';
import { resolveBatch } from '../resolve/index';
import type { Article } from '../source/types';
import { hashArticleContent, readStoredHashes, storeArticles, type StoreItem } from '../store/index';
import { emptyReport, type IngestFailure, type IngestOutcome, type IngestReport } from './types';

/** A slice of input as the reader hands it over: articles read, records that could not be read, and bytes consumed. */
export interface SourceChunk {
  articles: Article[];
  failures: IngestFailure[];
  bytes: number;
}

/** Options of an ingest run. */
export interface IngestOptions {
  /** Articles per write transaction (default 50). */
  batchSize?: number;
  /** Store even articles whose content hash is unchanged (after an extractor upgrade). */
  force?: boolean;
  /** The extraction to run; defaults to extractArticle (tests pass fixtures). */
  extract?: (article: Article) => ExtractionResult;
  /** Called after every batch with the running totals. */
  onProgress?: (state: { articlesDone: number; bytesDone: number; report: IngestReport }) => void;
  /** Called once per article with what happened to it (the API's per-article results). */
  onArticle?: (article: Article, outcome: ArticleIngestOutcome) => void;
}

/** What happened to one article of an ingest. */
export type ArticleIngestOutcome = { phase: 'new' } | { phase: 'updated' } | { phase: 'unchanged' } | { phase: 'failed'; reason: string };

// Issue kinds with which the extraction guards skip an article: such an article is reported as failed, not stored empty.
const REJECTING_ISSUES = new Set(['empty-text', 'binary-text', 'non-english']);

interface Prepared {
  items: StoreItem[];
  origins: Map<string, Article['origin']>;
}

/**
 * Runs articles through hash check → extraction → person resolution → store, in batches of one transaction each.
 * Extraction of the next batch overlaps the write of the previous one; at most one write is in flight, so batches commit in input order.
 * Returns `aborted` (with what was stored so far) when Neo4j becomes unreachable; never throws for bad articles.
 */
export async function ingestChunks(executor: Executor, chunks: AsyncIterable<SourceChunk> | Iterable<SourceChunk>, options: IngestOptions = {}): Promise<IngestOutcome> {
  const started = performance.now();
  const report = emptyReport();
  const batchSize = options.batchSize ?? 50;
  const extract = options.extract ?? extractArticle;
  // Hashes of the articles in the batch being written and the batch being prepared: the database cannot answer for them yet.
  // Older batches are committed, so their hashes are read back from Neo4j; keeping only two generations keeps memory flat.
  let writingHashes = new Map<string, string>();
  let preparingHashes = new Map<string, string>();
  const runHash = (id: string) => preparingHashes.get(id) ?? writingHashes.get(id);
  let articlesDone = 0;
  // Progress counts a chunk's bytes as its articles finish, so one big file does not jump to 100% when it is read.
  let bytesDone = 0;
  const weights = new WeakMap<Article, number>();
  const done = (article: Article) => {
    articlesDone++;
    bytesDone += weights.get(article) ?? 0;
  };
  let pending: Article[] = [];
  let writing: Promise<void> = Promise.resolve();
  let fatal: Error | null = null;

  const fail = (article: Article, reason: string) => {
    options.onArticle?.(article, { phase: 'failed', reason });
    report.articlesFailed++;
    report.failures.push({ file: article.origin.file, line: article.origin.line, articleId: article.id, reason });
  };
  const progress = () => options.onProgress?.({ articlesDone, bytesDone, report });

  const prepare = async (batch: Article[]): Promise<Prepared> => {
    const hashes = batch.map(hashArticleContent);
    const stored = options.force ? new Map<string, string>() : await readStoredHashes(executor, [...new Set(batch.map((a) => a.id))]);
    const items: StoreItem[] = [];
    const origins = new Map<string, Article['origin']>();
    for (let i = 0; i < batch.length; i++) {
      const article = batch[i]!;
      const hash = hashes[i]!;
      const seen = runHash(article.id);
      if (seen === hash || (!options.force && seen === undefined && stored.get(article.id) === hash)) {
        report.articlesUnchanged++;
        options.onArticle?.(article, { phase: 'unchanged' });
        done(article);
        continue;
      }
      preparingHashes.set(article.id, hash);
      let extraction: ExtractionResult;
      try {
        extraction = extract(article);
      } catch (err) {
        fail(article, `extract: ${err instanceof Error ? err.message : String(err)}`);
        done(article);
        continue;
      }
      const rejecting = extraction.issues.find((issue) => REJECTING_ISSUES.has(issue.kind));
      if (rejecting) {
        fail(article, rejecting.message);
        done(article);
        continue;
      }
      items.push({ article, extraction, contentHash: hash });
      origins.set(article.id, article.origin);
      // Let the in-flight write's network round trips run between two extractions.
      if (i % 5 === 4) await yieldToEventLoop();
    }
    return { items, origins };
  };

  const store = async ({ items }: Prepared) => {
    if (items.length === 0) return;
    const resolved = await resolveBatch(executor, items, extract);
    report.personsMergedByName += resolved.merges.length;
    const toStore = resolved.items;
    // Stored articles whose surname-only links moved are written again in the same transaction; they are not this run's articles.
    const result = await storeArticles(executor, [...toStore, ...resolved.reexamined]);
    let entityFacts = 0;
    result.outcomes.forEach((outcome, k) => {
      const again = resolved.reexamined[k - toStore.length];
      if (again) {
        if (outcome.phase === 'failed') report.failures.push({ file: again.article.origin.file, line: null, articleId: again.article.id, reason: `re-examine: ${outcome.reason}` });
        return;
      }
      done(toStore[k]!.article);
      switch (outcome.phase) {
        case 'new':
          report.articlesNew++;
          options.onArticle?.(toStore[k]!.article, { phase: 'new' });
          break;
        case 'updated':
          report.articlesUpdated++;
          options.onArticle?.(toStore[k]!.article, { phase: 'updated' });
          break;
        case 'failed':
          writingHashes.delete(outcome.id);
          fail(toStore[k]!.article, `store: ${outcome.reason}`);
          return;
      }
      const x = toStore[k]!.extraction;
      entityFacts += new Set([...x.persons, ...x.countries, ...x.organizations, ...x.treaties].map((e) => e.id)).size;
    });
    report.entitiesCreated += result.counts.entitiesCreated;
    report.entitiesMerged += Math.max(0, entityFacts - result.counts.entitiesCreated);
    report.entitiesRemoved += result.counts.entitiesRemoved;
    report.statementsWritten += result.counts.statementsWritten;
    report.nodesCreated += result.counts.nodesCreated;
    report.relationshipsCreated += result.counts.relationshipsCreated;
    report.relationshipsDeleted += result.counts.relationshipsDeleted;
    progress();
  };

  const flush = async (batch: Article[]) => {
    const prepared = await prepare(batch);
    await writing;
    if (fatal) throw fatal;
    writingHashes = preparingHashes;
    preparingHashes = new Map();
    writing = store(prepared).catch((err: unknown) => {
      fatal = err instanceof Error ? err : new Error(String(err));
    });
  };

  try {
    for await (const chunk of chunks) {
      report.bytesRead += chunk.bytes;
      if (chunk.articles.length === 0) bytesDone += chunk.bytes;
      for (const article of chunk.articles) weights.set(article, chunk.bytes / chunk.articles.length);
      for (const failure of chunk.failures) {
        report.articlesFailed++;
        report.failures.push(failure);
      }
      for (const article of chunk.articles) {
        // A second version of an article already waiting in this batch goes to the next batch, so versions apply in order.
        if (pending.some((a) => a.id === article.id)) {
          await flush(pending);
          pending = [];
        }
        pending.push(article);
        if (pending.length >= batchSize) {
          await flush(pending);
          pending = [];
        }
      }
      progress();
    }
    if (pending.length) await flush(pending);
    await writing;
    if (fatal) throw fatal;
  } catch (err) {
    report.elapsedMs = performance.now() - started;
    if (err instanceof DatabaseUnavailableError) return { phase: 'aborted', report, reason: err.message };
    throw err;
  }
  report.elapsedMs = performance.now() - started;
  return { phase: 'done', report };
}
