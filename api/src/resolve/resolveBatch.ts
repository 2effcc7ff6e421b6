import type { Executor } from '../db/executor';
import { personNameTokens } from '../extract/entities/ids';
import type { ExtractionResult } from '../extract/types';
import type { Article } from '../source/types';
import { findKnownPersons, NAMES_IN_FULL } from './findKnownPersons';
import { entityIdsOf, findRedirects } from './findRedirects';
import { resolveExtractions, surnameKey, surnamesOf } from './resolveExtractions';
import type { PersonMerge } from './types';

/** An article with its extraction and content hash, as the ingest stage hands it to resolution and then to the store. */
export interface ResolvableItem {
  article: Article;
  extraction: ExtractionResult;
  contentHash: string;
}

/** A resolved batch: the batch's items with person ids resolved, the stored articles to write again because their surname-only links changed, and the merges made. */
export interface ResolvedBatch {
  items: ResolvableItem[];
  reexamined: ResolvableItem[];
  merges: PersonMerge[];
}

// Stored articles that name a person of one of these surnames by surname only (on a full-name node without a full-name text, or on
// a surname-only node), with what is needed to extract them again.
const SURNAME_ONLY_ARTICLES = `
MATCH (p:Person) WHERE p.surname IN $surnames
WITH p, toLower(split(p.name, ' ')[0]) AS first, size(split(trim(p.name), ' ')) AS words
MATCH (p)<-[m:MENTIONS]-(a:Article)
WHERE size(m.texts) > 0 AND NOT a.id IN $exclude AND (words < 2 OR NOT ${NAMES_IN_FULL})
WITH DISTINCT a
RETURN a.id AS id, a.title AS title, a.summary AS summary, a.url AS url, a.publishedAt AS publishedAt, a.source AS source,
       a.body AS body, a.file AS file, a.contentHash AS contentHash,
       COLLECT { MATCH (a)-[:MENTIONS]->(q:Person) RETURN q.id ORDER BY q.id } AS personIds
ORDER BY id`;

interface StoredArticleRow {
  id: string;
  title: string | null;
  summary: string | null;
  url: string | null;
  publishedAt: string | null;
  source: string | null;
  body: string;
  file: string | null;
  contentHash: string;
  personIds: string[];
}

/**
 * Resolves one batch against the graph, re-examining earlier decisions: when the batch brings a full name the graph did not have,
 * every stored article that names someone of that surname by surname only is extracted again from its stored body and resolved
 * together with the batch, so that the caller writes them in the same transaction. The outcome is the one an ingest in any order
 * would give. Reads only (three or four indexed reads); throws DatabaseUnavailableError / DatabaseError.
 */
export async function resolveBatch(executor: Executor, items: readonly ResolvableItem[], extract: (article: Article) => ExtractionResult): Promise<ResolvedBatch> {
  const batchIds = items.map((i) => i.article.id);
  let extractions = items.map((i) => i.extraction);
  let redirects = await findRedirects(executor, entityIdsOf(extractions));
  let known = await findKnownPersons(executor, surnamesOf(extractions), batchIds);
  let resolved = resolveExtractions(extractions, known, redirects);

  const knownIds = new Set(known.map((k) => k.id));
  const newSurnames = new Set<string>();
  for (const x of resolved.extractions) for (const p of x.persons) {
    if (personNameTokens(p.name).length >= 2 && !knownIds.has(p.id)) newSurnames.add(surnameKey(p.name)!);
  }
  if (newSurnames.size === 0) return { items: withExtractions(items, resolved.extractions), reexamined: [], merges: resolved.merges };

  const rows = await executor.read<StoredArticleRow>({ cypher: SURNAME_ONLY_ARTICLES, params: { surnames: [...newSurnames], exclude: batchIds } }, 'resolve-reexamine');
  if (rows.length === 0) return { items: withExtractions(items, resolved.extractions), reexamined: [], merges: resolved.merges };
  const again: ResolvableItem[] = [];
  for (const r of rows) {
    const article: Article = {
      id: r.id, title: r.title, summary: r.summary, url: r.url, publishedAt: r.publishedAt, source: r.source, body: r.body,
      origin: { file: r.file, line: null },
    };
    try {
      again.push({ article, extraction: extract(article), contentHash: r.contentHash });
    } catch {
      // An article the extractor now fails on keeps what it stored; the batch goes on.
    }
  }
  if (again.length === 0) return { items: withExtractions(items, resolved.extractions), reexamined: [], merges: resolved.merges };
  extractions = [...extractions, ...again.map((i) => i.extraction)];
  redirects = await findRedirects(executor, entityIdsOf(extractions));
  known = await findKnownPersons(executor, surnamesOf(extractions), [...batchIds, ...again.map((i) => i.article.id)]);
  resolved = resolveExtractions(extractions, known, redirects);
  // An article whose persons land where they already are would be written back unchanged: leave it alone.
  const stored = new Map(rows.map((r) => [r.id, r.personIds.join('|')]));
  const moved = withExtractions(again, resolved.extractions.slice(items.length)).filter((i) => personIdsOf(i.extraction) !== stored.get(i.article.id));
  return {
    items: withExtractions(items, resolved.extractions),
    reexamined: moved,
    merges: resolved.merges.filter((m) => batchIds.includes(m.articleId)),
  };
}

// The person ids an extraction stores MENTIONS of (listed persons, speakers, statement subjects), sorted as the query returns them.
function personIdsOf(x: ExtractionResult): string {
  const ids = new Set(x.persons.map((p) => p.id));
  for (const s of x.statements) for (const ref of [s.speaker, ...s.about]) if (ref.kind === 'Person') ids.add(ref.id);
  return [...ids].sort().join('|');
}

function withExtractions(items: readonly ResolvableItem[], extractions: readonly ExtractionResult[]): ResolvableItem[] {
  return items.map((item, k) => ({ ...item, extraction: extractions[k]! }));
}
