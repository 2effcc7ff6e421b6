import type { Executor } from '../db/executor';
import type { KnownTreaty } from './resolveTreaties';

// Stored treaties whose parties are exactly one of the batch's party sets (each sorted); one an editor renamed or merged into
// (`curated`) is pinned.
const KNOWN_BY_PARTIES = `
MATCH (c:Country)-[:PARTY_TO]->(t:Treaty) WHERE c.id IN $parties
WITH DISTINCT t
WITH t, COLLECT { MATCH (p:Country)-[:PARTY_TO]->(t) RETURN p.id ORDER BY p.id } AS parties
WHERE parties IN $partySets
RETURN t.id AS id, t.name AS name, coalesce(t.mentionCount, 0) AS mentions, parties, coalesce(t.curated, false) AS pinned
ORDER BY id`;

/** Reads the stored treaties whose parties are exactly one of `partySets` (sorted country ids) in one read; throws DatabaseUnavailableError / DatabaseError. */
export async function findKnownTreaties(executor: Executor, partySets: string[][]): Promise<KnownTreaty[]> {
  if (partySets.length === 0) return [];
  const parties = [...new Set(partySets.flat())];
  return executor.read<KnownTreaty>({ cypher: KNOWN_BY_PARTIES, params: { parties, partySets } }, 'resolve-treaties');
}
