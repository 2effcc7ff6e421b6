import type { CypherQuery, Executor } from '../db/executor';
import { nameSearchQuery } from './luceneQuery';
import { entityFields } from './projections';
import type { EntityKind, EntityRow } from './types';

// The index hands back its best hits by score; ties and near-ties are then ordered by how much the corpus mentions them.
// The procedure's own `limit` bounds the work before the kind filter, with room for the filter to drop some.
const SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: toInteger($candidates)}) YIELD node AS e, score
WHERE $kinds IS NULL OR any(l IN labels(e) WHERE l IN $kinds)
WITH e, score
ORDER BY score DESC, coalesce(e.mentionCount, 0) DESC, e.id
LIMIT toInteger($first)
RETURN ${entityFields('e')} AS entity`;

/** Builds the search query: name and alias words through the `entity_names` full-text index; null when `text` has no word to look for. */
export function searchEntitiesQuery(text: string, kinds: EntityKind[] | null, first: number): CypherQuery | null {
  const lucene = nameSearchQuery(text);
  if (lucene === null) return null;
  return { cypher: SEARCH, params: { lucene, kinds, first, candidates: Math.min(500, first * (kinds ? 10 : 3)) } };
}

/** Entities whose name or alias matches `text` (case, accents and one typo ignored), best first; [] when there is no word to look for. */
export async function searchEntities(executor: Executor, text: string, kinds: EntityKind[] | null, first: number): Promise<EntityRow[]> {
  const query = searchEntitiesQuery(text, kinds, first);
  if (!query) return [];
  const rows = await executor.read<{ entity: EntityRow }>(query, 'search');
  return rows.map((r) => r.entity);
}
