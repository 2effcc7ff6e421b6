import type { CypherQuery, Executor } from '../db/executor';
import { entityFields } from './projections';
import type { RoleRow } from './types';

const ROLES = `
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:HOLDS_ROLE]->(o)
RETURN p.id AS personId, r.title AS title, r.titleKey AS titleKey, ${entityFields('o')} AS of,
       r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, coalesce(r.articleCount, 0) AS articleCount
ORDER BY articleCount DESC, coalesce(r.lastSeen, '') DESC, titleKey, o.id`;

/** Builds the query of the roles of the given persons. */
export function findRolesQuery(personIds: readonly string[]): CypherQuery {
  return { cypher: ROLES, params: { ids: [...new Set(personIds)] } };
}

/** The roles of each person, per person id, most supported first. */
export async function findRoles(executor: Executor, personIds: readonly string[]): Promise<Map<string, RoleRow[]>> {
  const rows = await executor.read<RoleRow>(findRolesQuery(personIds), 'roles');
  const out = new Map<string, RoleRow[]>();
  for (const row of rows) out.set(row.personId, [...(out.get(row.personId) ?? []), row]);
  return out;
}
