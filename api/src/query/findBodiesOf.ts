import type { CypherQuery, Executor } from '../db/executor';
import { entityFields } from './projections';
import type { EntityRow } from './types';

const BODIES = `
UNWIND $ids AS id
MATCH (:Country {id: id})<-[:PART_OF]-(o:Organization)
WITH id, o ORDER BY coalesce(o.mentionCount, 0) DESC, o.id
WITH id, collect(${entityFields('o')})[..toInteger($first)] AS bodies
RETURN id, bodies`;

/** Builds the query of the bodies (organisations PART_OF) of the given countries. */
export function findBodiesOfQuery(countryIds: readonly string[], first: number): CypherQuery {
  return { cypher: BODIES, params: { ids: [...new Set(countryIds)], first } };
}

/** Each country's bodies, most mentioned first, by country id. */
export async function findBodiesOf(executor: Executor, countryIds: readonly string[], first: number): Promise<Map<string, EntityRow[]>> {
  const rows = await executor.read<{ id: string; bodies: EntityRow[] }>(findBodiesOfQuery(countryIds, first), 'bodies-of');
  return new Map(rows.map((r) => [r.id, r.bodies]));
}
