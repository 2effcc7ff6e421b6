import type { TransactionRunner, WriteStats } from '../../db/executor';
import type { EntityKind } from '../../extract/types';
import { ENTITY_LABELS } from '../labels';

/** An entity that lost a mention and may now be an orphan. */
export interface OrphanCandidate {
  label: EntityKind;
  id: string;
}

const EXISTING = `
MATCH (a:Article) WHERE a.id IN $ids
RETURN a.id AS id`;

const DELETE_STATEMENTS = `
MATCH (a:Article) WHERE a.id IN $ids
MATCH (a)<-[:REPORTED_IN]-(s:Statement)
DETACH DELETE s`;

// Evidence lists are parallel arrays (Neo4j properties cannot nest maps); drop the entries of the given articles,
// recompute first/last seen from what remains, and delete a relationship no article supports any more.
const evidenceRemoval = (pattern: string) => `
MATCH (a:Article) WHERE a.id IN $ids
MATCH ${pattern}
WHERE any(x IN r.articleIds WHERE x IN $ids)
WITH DISTINCT r
WITH r, [i IN range(0, size(r.articleIds) - 1) WHERE NOT r.articleIds[i] IN $ids] AS keep
SET r.articleIds = [i IN keep | r.articleIds[i]],
    r.starts = [i IN keep | r.starts[i]],
    r.ends = [i IN keep | r.ends[i]],
    r.seen = [i IN keep | r.seen[i]]
WITH r, [d IN r.seen WHERE d <> ''] AS dates
SET r.firstSeen = reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END),
    r.lastSeen = reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END)
WITH r WHERE size(r.articleIds) = 0
DELETE r`;

// Patterns start from the article's mention of the low-degree end (person, treaty, organisation), never from a country.
const EVIDENCE_PATTERNS = [
  '(a)-[:MENTIONS]->(:Person)-[r:HOLDS_ROLE]->()',
  '(a)-[:MENTIONS]->(:Treaty)<-[r:PARTY_TO]-()',
  '(a)-[:MENTIONS]->(:Organization)-[r:PART_OF]->()',
];

const DELETE_MENTIONS = `
MATCH (a:Article) WHERE a.id IN $ids
MATCH (a)-[m:MENTIONS]->(e)
WITH m, e.id AS id, [l IN labels(e) WHERE l IN $labels][0] AS label
DELETE m
RETURN DISTINCT label, id`;

/**
 * Removes every fact the given articles contributed (statements, role/party/part-of evidence, mentions), leaving the Article nodes;
 * returns which of them already existed, the entities that lost a mention (orphan candidates) and the write counters.
 */
export async function clearArticleFacts(
  tx: TransactionRunner,
  ids: string[],
): Promise<{ existing: Set<string>; candidates: OrphanCandidate[]; stats: WriteStats[] }> {
  const existingRows = await tx.run<{ id: string }>({ cypher: EXISTING, params: { ids } });
  const existing = new Set(existingRows.map((r) => r.id));
  if (existing.size === 0) return { existing, candidates: [], stats: [] };
  const known = [...existing];
  const stats: WriteStats[] = [];
  stats.push((await tx.runWithStats({ cypher: DELETE_STATEMENTS, params: { ids: known } })).stats);
  for (const pattern of EVIDENCE_PATTERNS) {
    stats.push((await tx.runWithStats({ cypher: evidenceRemoval(pattern), params: { ids: known } })).stats);
  }
  const deleted = await tx.runWithStats<OrphanCandidate>({ cypher: DELETE_MENTIONS, params: { ids: known, labels: ENTITY_LABELS } });
  stats.push(deleted.stats);
  return { existing, candidates: deleted.rows.filter((r) => r.label), stats };
}
