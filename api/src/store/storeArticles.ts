import { DatabaseUnavailableError } from '../errors/index';
import type { Executor, TransactionRunner, WriteStats } from '../db/executor';
import type { EntityKind } from '../extract/types';
import { buildArticleRows, type ArticleRows } from './buildRows';
import { ENTITY_LABELS } from './labels';
import { clearArticleFacts } from './queries/clearArticleFacts';
import { removeOrphans } from './queries/removeOrphans';
import { addSpokeDeltas, pairKey, recomputePairs } from './queries/spokeAbout';
import { spokeDeltasOf } from './spokeDeltas';
import { writeFacts, type BatchRows } from './queries/writeFacts';
import { addStoreCounts, emptyStoreCounts, type ArticleOutcome, type StoreCounts, type StoreItem, type StoreResult } from './types';
import { validateExtraction } from './validateExtraction';

/**
 * Stores a batch of articles in ONE write transaction (all their facts commit together), replacing whatever each article stored before.
 * Invalid items fail alone before any write; if the batch transaction fails for another reason than an unreachable database,
 * each article is retried in its own transaction so one bad article never takes the others down.
 * Throws DatabaseUnavailableError when Neo4j cannot be reached (nothing of the failed transaction is written).
 */
export async function storeArticles(executor: Executor, items: StoreItem[]): Promise<StoreResult> {
  const outcomes: ArticleOutcome[] = new Array(items.length);
  const counts = emptyStoreCounts();
  const valid: Array<{ index: number; rows: ArticleRows }> = [];
  const seenIds = new Set<string>();
  items.forEach((item, index) => {
    const reasons = validateExtraction(item.article, item.extraction);
    if (seenIds.has(item.article.id)) reasons.push(`article ${item.article.id} appears twice in one batch; store it in a later batch`);
    if (reasons.length) {
      outcomes[index] = { phase: 'failed', id: item.article.id, reason: reasons.join('; ') };
      return;
    }
    seenIds.add(item.article.id);
    valid.push({ index, rows: buildArticleRows(item.article, item.extraction, item.contentHash) });
  });
  if (valid.length === 0) return { outcomes, counts };

  try {
    const result = await executor.writeTransaction((tx) => writeBatch(tx, valid.map((v) => v.rows)), 'store-articles');
    addStoreCounts(counts, result.counts);
    for (const v of valid) {
      outcomes[v.index] = { phase: result.existing.has(v.rows.article.id) ? 'updated' : 'new', id: v.rows.article.id };
    }
    return { outcomes, counts };
  } catch (err) {
    if (err instanceof DatabaseUnavailableError || valid.length === 1) {
      if (err instanceof DatabaseUnavailableError) throw err;
      const only = valid[0]!;
      outcomes[only.index] = { phase: 'failed', id: only.rows.article.id, reason: errorMessage(err) };
      return { outcomes, counts };
    }
  }
  // The batch failed on something in one of its articles: isolate it by storing each article on its own.
  for (const v of valid) {
    try {
      const result = await executor.writeTransaction((tx) => writeBatch(tx, [v.rows]), 'store-article');
      addStoreCounts(counts, result.counts);
      outcomes[v.index] = { phase: result.existing.has(v.rows.article.id) ? 'updated' : 'new', id: v.rows.article.id };
    } catch (err) {
      if (err instanceof DatabaseUnavailableError) throw err;
      outcomes[v.index] = { phase: 'failed', id: v.rows.article.id, reason: errorMessage(err) };
    }
  }
  return { outcomes, counts };
}

/** Stores one article in its own transaction; see storeArticles. */
export async function storeArticle(executor: Executor, item: StoreItem): Promise<StoreResult> {
  return storeArticles(executor, [item]);
}

// Runs inside a managed transaction that the driver may replay on transient errors, so it clears before it writes
// and keeps its counters local to one attempt.
async function writeBatch(tx: TransactionRunner, articles: ArticleRows[]): Promise<{ existing: Set<string>; counts: StoreCounts }> {
  const counts = emptyStoreCounts();
  const cleared = await clearArticleFacts(tx, articles.map((a) => a.article.id));
  const rows = mergeRows(articles);
  const written = await writeFacts(tx, rows);
  const stillMentioned = new Set(ENTITY_LABELS.flatMap((l) => rows.entities[l].map((e) => e.id)));
  const orphans = await removeOrphans(tx, cleared.candidates.filter((c) => !stillMentioned.has(c.id)));
  // SPOKE_ABOUT: a pair that lost statements is recomputed from the statements it has now (a minimum or maximum cannot be
  // decremented); a pair that only gains some, the usual case of a new article, just adds them.
  const recomputed = await recomputePairs(tx, cleared.pairs);
  const touched = new Set(cleared.pairs.map(pairKey));
  const added = await addSpokeDeltas(tx, spokeDeltasOf(rows.articles, rows.statements, rows.about).filter((d) => !touched.has(pairKey(d))));
  const all: WriteStats[] = [...cleared.stats, ...written.stats, ...[orphans, recomputed, added].filter((s): s is WriteStats => s !== null)];
  for (const s of all) {
    counts.nodesCreated += s.nodesCreated;
    counts.nodesDeleted += s.nodesDeleted;
    counts.relationshipsCreated += s.relationshipsCreated;
    counts.relationshipsDeleted += s.relationshipsDeleted;
  }
  counts.entitiesCreated = written.entitiesCreated;
  counts.entitiesRemoved = orphans?.nodesDeleted ?? 0;
  counts.statementsWritten = rows.statements.length;
  return { existing: cleared.existing, counts };
}

function mergeRows(articles: ArticleRows[]): BatchRows {
  const entities = Object.fromEntries(ENTITY_LABELS.map((l) => [l, articles.flatMap((a) => a.entities[l])])) as unknown as Record<EntityKind, ArticleRows['entities'][EntityKind]>;
  return {
    articles: articles.map((a) => a.article),
    entities,
    statements: articles.flatMap((a) => a.statements),
    about: articles.flatMap((a) => a.about),
    roles: articles.flatMap((a) => a.roles),
    parties: articles.flatMap((a) => a.parties),
    partOf: articles.flatMap((a) => a.partOf),
  };
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
