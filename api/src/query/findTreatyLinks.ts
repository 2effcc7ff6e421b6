import type { CypherQuery, Executor } from '../db/executor';
import { entityFields } from './projections';
import type { EntityRow } from './types';

// Both directions of PARTY_TO: a country's treaties and a treaty's parties.
const LINKS = `
UNWIND $ids AS id
CALL (id) {
  WITH id WHERE id STARTS WITH 'country:'
  MATCH (:Country {id: id})-[r:PARTY_TO]->(other:Treaty) RETURN other, r
  UNION ALL
  WITH id WHERE id STARTS WITH 'treaty:'
  MATCH (:Treaty {id: id})<-[r:PARTY_TO]-(other:Country) RETURN other, r
}
WITH id, other ORDER BY coalesce(r.articleCount, 0) DESC, other.name, other.id
WITH id, collect(${entityFields('other')}) AS linked
RETURN id, linked`;

/** Builds the query of the treaties of the given countries and the parties of the given treaties. */
export function findTreatyLinksQuery(ids: readonly string[]): CypherQuery {
  return { cypher: LINKS, params: { ids: [...new Set(ids)] } };
}

/** For a country id its treaties, for a treaty id its parties, most supported first, by id. */
export async function findTreatyLinks(executor: Executor, ids: readonly string[]): Promise<Map<string, EntityRow[]>> {
  const rows = await executor.read<{ id: string; linked: EntityRow[] }>(findTreatyLinksQuery(ids), 'treaty-links');
  return new Map(rows.map((r) => [r.id, r.linked]));
}
