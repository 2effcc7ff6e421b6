import type { CypherQuery, Executor } from '../db/executor';
import { entityFields } from './projections';
import type { EntityRow } from './types';

// A country's people hold a role for it or for one of its bodies (PART_OF); an organisation's hold a role in it. Only the
// `first` kept are projected (a country has hundreds of people, the entity page shows ten).
const PEOPLE = `
UNWIND $ids AS id
CALL (id) {
  WITH id WHERE id STARTS WITH 'country:'
  MATCH (:Country {id: id})<-[:HOLDS_ROLE]-(p:Person) RETURN p
  UNION
  WITH id WHERE id STARTS WITH 'country:'
  MATCH (:Country {id: id})<-[:PART_OF]-(:Organization)<-[:HOLDS_ROLE]-(p:Person) RETURN p
  UNION
  WITH id WHERE id STARTS WITH 'org:'
  MATCH (:Organization {id: id})<-[:HOLDS_ROLE]-(p:Person) RETURN p
}
WITH id, p ORDER BY coalesce(p.mentionCount, 0) DESC, p.id
WITH id, collect(p)[..toInteger($first)] AS top
RETURN id, [p IN top | ${entityFields('p')}] AS people`;

/** Builds the query of the people of the given countries or organisations. */
export function findPeopleOfQuery(ids: readonly string[], first: number): CypherQuery {
  return { cypher: PEOPLE, params: { ids: [...new Set(ids)], first } };
}

/** People holding a role for each country (or one of its bodies) or organisation, most mentioned first, by id. */
export async function findPeopleOf(executor: Executor, ids: readonly string[], first: number): Promise<Map<string, EntityRow[]>> {
  const rows = await executor.read<{ id: string; people: EntityRow[] }>(findPeopleOfQuery(ids, first), 'people-of');
  return new Map(rows.map((r) => [r.id, r.people]));
}
