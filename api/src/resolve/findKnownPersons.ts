import type { Executor } from '../db/executor';
import type { KnownPerson } from './types';

/**
 * Cypher: a MENTIONS names its person in full when one of its texts has two words or more and begins with the node's first name
 * (or its initial: "G. Novak"). Only those mentions give a candidate its roles and dates, so that the roles a surname-only mention
 * brought to a node never argue for keeping it there.
 */
export const NAMES_IN_FULL = `any(t IN m.texts WHERE size(split(trim(t), ' ')) >= 2 AND (
  toLower(split(trim(t), ' ')[0]) = first OR (size(split(trim(t), ' ')[0]) <= 2 AND toLower(left(trim(t), 1)) = left(first, 1))))`;

// The roles are read from the role evidence on the person's own mentions (one per article), each with how many articles give it, skipping the articles being
// (re)written in this batch: their new extraction replaces what they said before; so is the count of articles naming them in full.
const KNOWN_BY_SURNAME = `
MATCH (p:Person) WHERE p.surname IN $surnames
WITH p, toLower(split(p.name, ' ')[0]) AS first
CALL (p, first) {
  MATCH (p)<-[m:MENTIONS]-(a:Article)
  WHERE size(m.roleTargets) > 0 AND NOT a.id IN $exclude AND ${NAMES_IN_FULL}
  UNWIND range(0, size(m.roleTargets) - 1) AS i
  WITH m.roleKeys[i] AS titleKey, m.roleTargets[i] AS target, count(DISTINCT a) AS articles,
       min(a.publishedAt) AS firstSeen, max(a.publishedAt) AS lastSeen
  RETURN collect({titleKey: titleKey, target: target, articles: articles}) AS roles, min(firstSeen) AS firstSeen, max(lastSeen) AS lastSeen
}
CALL (p, first) {
  MATCH (p)<-[m:MENTIONS]-(a:Article)
  WHERE NOT a.id IN $exclude AND ${NAMES_IN_FULL}
  RETURN count(a) AS namedInFull
}
RETURN p.id AS id, p.name AS name, roles, firstSeen, lastSeen, namedInFull`;

/**
 * Reads the stored persons whose folded surname is one of `surnames`, with the roles and role dates of the articles (other than
 * `exclude`) that name them in full; one read. Throws DatabaseUnavailableError / DatabaseError.
 */
export async function findKnownPersons(executor: Executor, surnames: string[], exclude: readonly string[] = []): Promise<KnownPerson[]> {
  if (surnames.length === 0) return [];
  return executor.read<KnownPerson>({ cypher: KNOWN_BY_SURNAME, params: { surnames: [...new Set(surnames)], exclude: [...exclude] } }, 'resolve-persons');
}
