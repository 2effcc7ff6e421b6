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
// Each person's mentions are read once for all of its asked roles (a much-mentioned person has thousands, and dozens of
// roles), by walking each mention's own entries; article bodies are read only for the evidence kept.
const EVIDENCE = `
UNWIND $keys AS k
WITH k.personId AS personId, collect(k) AS ks
WITH personId, ks, [k IN ks | k.titleKey + '|' + k.targetId] AS wanted
MATCH (p:Person {id: personId})<-[m:MENTIONS]-(a:Article)
WHERE size(coalesce(m.roleTargets, [])) > 0
UNWIND range(0, size(m.roleTargets) - 1) AS i
WITH ks, wanted, a, m, i, m.roleKeys[i] + '|' + m.roleTargets[i] AS rk
WHERE rk IN wanted AND m.roleStarts[i] >= 0
WITH ks, rk, a, m, min(i) AS i
ORDER BY coalesce(a.publishedAt, '') DESC, a.id DESC
WITH ks, rk, collect({a: a, start: m.roleStarts[i], end: m.roleEnds[i]}) AS found
UNWIND ks AS k
WITH k, rk, found WHERE k.titleKey + '|' + k.targetId = rk
RETURN k.personId + '|' + k.titleKey + '|' + k.targetId AS key,
       [t IN found[..toInteger(k.first)] | {articleId: t.a.id, start: t.start, end: t.end, text: substring(t.a.body, t.start, t.end - t.start)}] AS evidence`;

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
