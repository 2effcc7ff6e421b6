import type { Executor } from '../db/executor';
import { personNameTokens } from '../extract/entities/ids';
import type { ExtractionResult } from '../extract/types';
import type { Article } from '../source/types';
import { findKnownPersons, NAMES_IN_FULL } from './findKnownPersons';
import { entityIdsOf, findRedirects } from './findRedirects';
import { findKnownTreaties } from './findKnownTreaties';
import { resolveExtractions, surnameKey, surnamesOf } from './resolveExtractions';
import { resolveTreaties, treatyPartySetsOf } from './resolveTreaties';
import type { PersonMerge } from './types';

/** An article with its extraction and content hash, as the ingest stage hands it to resolution and then to the store. */
export interface ResolvableItem {
  article: Article;
  extraction: ExtractionResult;
  contentHash: string;
}

/** A resolved batch: the batch's items with person and treaty ids resolved, the stored articles to write again because their surname-only links or treaties changed, and the merges made. */
export interface ResolvedBatch {
  items: ResolvableItem[];
  reexamined: ResolvableItem[];
  merges: PersonMerge[];
  /** Treaty ids of the batch's articles that now point at another treaty (`rules/sameTreatyParties.ts`). */
  treatyMerges: PersonMerge[];
}

// What re-examination reads of a stored article: its fields, to extract it again, and the ids it stores now, to skip it when unchanged.
const ARTICLE_FIELDS = `
RETURN a.id AS id, a.title AS title, a.summary AS summary, a.url AS url, a.publishedAt AS publishedAt, a.source AS source,
       a.body AS body, a.file AS file, a.contentHash AS contentHash,
       COLLECT { MATCH (a)-[:MENTIONS]->(q:Person) RETURN q.id ORDER BY q.id } AS personIds,
       COLLECT { MATCH (a)-[:MENTIONS]->(t:Treaty) RETURN t.id ORDER BY t.id } AS treatyIds
ORDER BY id`;

// Stored articles that name a person of one of these surnames by surname only (on a full-name node without a full-name text, or on
// a surname-only node), with what is needed to extract them again.
const SURNAME_ONLY_ARTICLES = `
MATCH (p:Person) WHERE p.surname IN $surnames
WITH p, toLower(split(p.name, ' ')[0]) AS first, size(split(trim(p.name), ' ')) AS words
MATCH (p)<-[m:MENTIONS]-(a:Article)
WHERE size(m.texts) > 0 AND NOT a.id IN $exclude AND (words < 2 OR NOT ${NAMES_IN_FULL})
WITH DISTINCT a
${ARTICLE_FIELDS}`;

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
  treatyIds: string[];
}

/**
 * Resolves one batch against the graph, re-examining earlier decisions: when the batch brings a full name the graph did not have,
 * every stored article that names someone of that surname by surname only is extracted again from its stored body and resolved
 * together with the batch, so that the caller writes them in the same transaction; so is every stored article naming a stored
 * treaty that now joins a longer name the batch brings (`resolveTreaties`). The outcome is the one an ingest in any order would
 * give. Reads only (three to six indexed reads); throws DatabaseUnavailableError / DatabaseError.
 */
export async function resolveBatch(executor: Executor, items: readonly ResolvableItem[], extract: (article: Article) => ExtractionResult): Promise<ResolvedBatch> {
  const batchIds = items.map((i) => i.article.id);
  let extractions = items.map((i) => i.extraction);
  let resolved = await resolveAgainstGraph(executor, extractions, batchIds);

  const knownIds = new Set(resolved.knownPersonIds);
  const newSurnames = new Set<string>();
  for (const x of resolved.extractions) for (const p of x.persons) {
    if (personNameTokens(p.name).length >= 2 && !knownIds.has(p.id)) newSurnames.add(surnameKey(p.name)!);
  }
  const done = () => ({ items: withExtractions(items, resolved.extractions), reexamined: [], merges: resolved.merges, treatyMerges: resolved.treatyMerges });
  if (newSurnames.size === 0 && resolved.movedTreaties.length === 0) return done();

  const rows = dedupeRows([
    ...(newSurnames.size > 0 ? await executor.read<StoredArticleRow>({ cypher: SURNAME_ONLY_ARTICLES, params: { surnames: [...newSurnames], exclude: batchIds } }, 'resolve-reexamine') : []),
    ...(await findTreatyArticles(executor, resolved.movedTreaties, batchIds)),
  ]);
  if (rows.length === 0) return done();
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
  if (again.length === 0) return done();
  extractions = [...extractions, ...again.map((i) => i.extraction)];
  resolved = await resolveAgainstGraph(executor, extractions, [...batchIds, ...again.map((i) => i.article.id)]);
  // An article whose persons and treaties land where they already are would be written back unchanged: leave it alone.
  const stored = new Map(rows.map((r) => [r.id, `${r.personIds.join('|')}#${r.treatyIds.join('|')}`]));
  const moved = withExtractions(again, resolved.extractions.slice(items.length)).filter((i) => `${personIdsOf(i.extraction)}#${treatyIdsOf(i.extraction)}` !== stored.get(i.article.id));
  return {
    items: withExtractions(items, resolved.extractions),
    reexamined: moved,
    merges: resolved.merges.filter((m) => batchIds.includes(m.articleId)),
    treatyMerges: resolved.treatyMerges.filter((m) => batchIds.includes(m.articleId)),
  };
}

// Persons (redirects, known surnames, rules) and then treaties (same parties, shorter name) of some extractions, against the graph.
async function resolveAgainstGraph(executor: Executor, extractions: ExtractionResult[], exclude: string[]) {
  const redirects = await findRedirects(executor, entityIdsOf(extractions));
  const known = await findKnownPersons(executor, surnamesOf(extractions), exclude);
  const persons = resolveExtractions(extractions, known, redirects);
  const treaties = resolveTreaties(persons.extractions, await findKnownTreaties(executor, treatyPartySetsOf(persons.extractions)));
  return {
    extractions: treaties.extractions,
    merges: persons.merges,
    treatyMerges: treaties.merges,
    knownPersonIds: known.map((k) => k.id),
    movedTreaties: treaties.movedStored,
  };
}

// Stored articles (outside the batch) that mention one of these treaties, with what is needed to extract them again.
const TREATY_ARTICLES = `
MATCH (t:Treaty) WHERE t.id IN $ids
MATCH (t)<-[:MENTIONS]-(a:Article) WHERE NOT a.id IN $exclude
WITH DISTINCT a
${ARTICLE_FIELDS}`;

async function findTreatyArticles(executor: Executor, ids: string[], exclude: string[]): Promise<StoredArticleRow[]> {
  if (ids.length === 0) return [];
  return executor.read<StoredArticleRow>({ cypher: TREATY_ARTICLES, params: { ids, exclude } }, 'resolve-reexamine-treaties');
}

function dedupeRows(rows: StoredArticleRow[]): StoredArticleRow[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

// The treaty ids an extraction stores MENTIONS of, sorted as the query returns them.
function treatyIdsOf(x: ExtractionResult): string {
  return [...new Set(x.treaties.map((t) => t.id))].sort().join('|');
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
