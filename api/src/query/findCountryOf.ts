import type { CypherQuery, Executor } from '../db/executor';
import { entityFields } from './projections';
import type { EntityRow } from './types';

// An organisation stated as part of several countries (rare, usually an extraction slip) shows the best supported one.
const COUNTRY = `
UNWIND $ids AS id
MATCH (:Organization {id: id})-[r:PART_OF]->(c:Country)
WITH id, c ORDER BY coalesce(r.articleCount, 0) DESC, c.id
WITH id, head(collect(${entityFields('c')})) AS country
RETURN id, country`;

/** Builds the query of the country each given organisation is part of. */
export function findCountryOfQuery(orgIds: readonly string[]): CypherQuery {
  return { cypher: COUNTRY, params: { ids: [...new Set(orgIds)] } };
}

/** The country of each organisation that has one, by organisation id. */
export async function findCountryOf(executor: Executor, orgIds: readonly string[]): Promise<Map<string, EntityRow>> {
  const rows = await executor.read<{ id: string; country: EntityRow }>(findCountryOfQuery(orgIds), 'country-of');
  return new Map(rows.map((r) => [r.id, r.country]));
}
