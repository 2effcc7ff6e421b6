import type { Executor } from '../db/executor';
import type { KnownTreaty } from './resolveTreaties';

// Stored treaties with at least one of the batch's parties, each with all its parties; one an editor renamed or merged into
// (`curated`) is pinned.
const KNOWN_BY_PARTY = `
MATCH (c:Country)-[:PARTY_TO]->(t:Treaty) WHERE c.id IN $parties
WITH DISTINCT t
RETURN t.id AS id, t.name AS name, coalesce(t.mentionCount, 0) AS mentions,
       COLLECT { MATCH (c:Country)-[:PARTY_TO]->(t) RETURN c.id ORDER BY c.id } AS parties,
       coalesce(t.curated, false) AS pinned
ORDER BY id`;

/** Reads the stored treaties sharing a party with `parties` (country ids) in one read; throws DatabaseUnavailableError / DatabaseError. */
export async function findKnownTreaties(executor: Executor, parties: string[]): Promise<KnownTreaty[]> {
  if (parties.length === 0) return [];
  return executor.read<KnownTreaty>({ cypher: KNOWN_BY_PARTY, params: { parties } }, 'resolve-treaties');
}
