import type { CypherQuery, Executor } from '../db/executor';
import type { EvidenceRow } from './types';

/** Which role's evidence to fetch, and how much. */
export interface RoleEvidenceKey {
  personId: string;
  titleKey: string;
  targetId: string;
  first: number;
}

// A role's evidence lives on the person's MENTIONS from each supporting article (graph-schema/README.md, Provenance):
// entry i of the parallel lists with the role's title key and target, sentence span roleStarts[i]..roleEnds[i].
const EVIDENCE = `
UNWIND $keys AS k
MATCH (p:Person {id: k.personId})<-[m:MENTIONS]-(a:Article)
WITH k, a, m, [i IN range(0, size(coalesce(m.roleTargets, [])) - 1)
               WHERE m.roleTargets[i] = k.targetId AND m.roleKeys[i] = k.titleKey AND m.roleStarts[i] >= 0] AS hits
WHERE size(hits) > 0
WITH k, a, m.roleStarts[hits[0]] AS start, m.roleEnds[hits[0]] AS end
ORDER BY coalesce(a.publishedAt, '') DESC, a.id DESC
WITH k, collect({articleId: a.id, start: start, end: end, text: substring(a.body, start, end - start)})[..toInteger(k.first)] AS evidence
RETURN k.personId + '|' + k.titleKey + '|' + k.targetId AS key, evidence`;

/** Builds the query of the sentences stating the given roles. */
export function findRoleEvidenceQuery(keys: readonly RoleEvidenceKey[]): CypherQuery {
  return { cypher: EVIDENCE, params: { keys } };
}

/** The key `findRoleEvidence` files a role's evidence under. */
export const roleKey = (k: Pick<RoleEvidenceKey, 'personId' | 'titleKey' | 'targetId'>) => `${k.personId}|${k.titleKey}|${k.targetId}`;

/** Each role's evidence sentences, newest article first, at most `first` each, by `roleKey`. */
export async function findRoleEvidence(executor: Executor, keys: readonly RoleEvidenceKey[]): Promise<Map<string, EvidenceRow[]>> {
  if (keys.length === 0) return new Map();
  const rows = await executor.read<{ key: string; evidence: EvidenceRow[] }>(findRoleEvidenceQuery(keys), 'role-evidence');
  return new Map(rows.map((r) => [r.key, r.evidence]));
}
