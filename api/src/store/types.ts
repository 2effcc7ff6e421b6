import type { ExtractionResult } from '../extract/types';
import type { Article } from '../source/types';

/** One article ready to store: the source article, its (resolved) extraction and the content hash that decides "unchanged". */
export interface StoreItem {
  article: Article;
  extraction: ExtractionResult;
  contentHash: string;
}

/** What happened to one article in a store call. */
export type ArticleOutcome =
  | { phase: 'new'; id: string }
  | { phase: 'updated'; id: string }
  | { phase: 'failed'; id: string; reason: string };

/** Write counters summed over a store call. */
export interface StoreCounts {
  entitiesCreated: number;
  entitiesRemoved: number;
  statementsWritten: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

/** The result of storing a batch: one outcome per item (in order) and the summed counters of what was committed. */
export interface StoreResult {
  outcomes: ArticleOutcome[];
  counts: StoreCounts;
}

/** An all-zero StoreCounts, for summing. */
export function emptyStoreCounts(): StoreCounts {
  return { entitiesCreated: 0, entitiesRemoved: 0, statementsWritten: 0, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
}

/** Adds `b` into `a` in place and returns `a`. */
export function addStoreCounts(a: StoreCounts, b: StoreCounts): StoreCounts {
  for (const key of Object.keys(a) as Array<keyof StoreCounts>) a[key] += b[key];
  return a;
}
