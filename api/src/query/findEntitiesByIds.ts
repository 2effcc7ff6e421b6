import type { CypherQuery, Executor } from '../db/executor';
import { entityFields, matchEntityById } from './projections';
import type { EntityRow } from './types';

const BY_IDS = `
UNWIND $ids AS id
${matchEntityById('id', 'e')}
RETURN ${entityFields('e')} AS entity`;

/** Builds the lookup of entities by id (any kind, one index seek each). */
export function findEntitiesByIdsQuery(ids: readonly string[]): CypherQuery {
  return { cypher: BY_IDS, params: { ids: [...new Set(ids)] } };
}

/** The entities with these ids, by id; ids with no entity are absent from the map. */
export async function findEntitiesByIds(executor: Executor, ids: readonly string[]): Promise<Map<string, EntityRow>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.read<{ entity: EntityRow }>(findEntitiesByIdsQuery(ids), 'entities-by-id');
  return new Map(rows.map((r) => [r.entity.id, r.entity]));
}
