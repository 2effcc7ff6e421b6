import type { Executor } from '../../api/src/db/executor';
import type { ExtractionResult } from '../../api/src/extract/types';
import { ingestChunks, type IngestOptions } from '../../api/src/ingest/index';
import type { Article } from '../../api/src/source/types';
import type { StoreFixture } from './storeFixtures';

/** Node counts per label and relationship counts per type, for comparing whole graphs. */
export async function graphCounts(executor: Executor): Promise<Record<string, number>> {
  const nodes = await executor.read<{ label: string; n: number }>({
    cypher: 'MATCH (n) WHERE NOT n:__Migration AND NOT n:__GraphVersion UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
  });
  const rels = await executor.read<{ type: string; n: number }>({ cypher: 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type' });
  return Object.fromEntries([...nodes.map((r) => [r.label, r.n]), ...rels.map((r) => [`:${r.type}`, r.n])]);
}

/** Ingests fixtures through the real pipeline, with their hand-made extractions standing in for the extractor. */
export async function ingestFixtures(executor: Executor, fixtures: StoreFixture[], options: IngestOptions = {}) {
  const byId = new Map<string, ExtractionResult>(fixtures.map((f) => [f.article.id, f.extraction]));
  const extract = (article: Article): ExtractionResult => {
    const found = byId.get(article.id);
    if (!found) throw new Error(`storeHelpers: no fixture extraction for ${article.id}`);
    return found;
  };
  return ingestChunks(executor, [{ articles: fixtures.map((f) => f.article), failures: [], bytes: 0 }], { extract, ...options });
}
