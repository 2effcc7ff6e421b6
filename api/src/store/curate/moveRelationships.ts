import type { TransactionRunner } from '../../db/executor';
import type { EntityKind } from '../../extract/types';
import { EVIDENCE_TYPES } from './relationshipTypes';

const MOVE_MENTIONS = (l: EntityKind) => `
MATCH (m:${l} {id: $mergeId})<-[r:MENTIONS]-(a:Article)
MATCH (k:${l} {id: $keepId})
OPTIONAL MATCH (a)-[r2:MENTIONS]->(k)
FOREACH (_ IN CASE WHEN r2 IS NULL THEN [1] ELSE [] END | CREATE (a)-[n:MENTIONS]->(k) SET n = properties(r))
FOREACH (_ IN CASE WHEN r2 IS NULL THEN [] ELSE [1] END |
  SET r2.starts = r2.starts + r.starts, r2.ends = r2.ends + r.ends, r2.texts = r2.texts + r.texts,
      r2.titles = coalesce(r2.titles, []) + coalesce(r.titles, []),
      r2.roleKeys = coalesce(r2.roleKeys, []) + coalesce(r.roleKeys, []),
      r2.roleTargets = coalesce(r2.roleTargets, []) + coalesce(r.roleTargets, []),
      r2.roleStarts = coalesce(r2.roleStarts, []) + coalesce(r.roleStarts, []),
      r2.roleEnds = coalesce(r2.roleEnds, []) + coalesce(r.roleEnds, []),
      r2.partyTargets = coalesce(r2.partyTargets, []) + coalesce(r.partyTargets, []),
      r2.partOfTargets = coalesce(r2.partOfTargets, []) + coalesce(r.partOfTargets, []),
      a.entityCount = a.entityCount - 1)
DELETE r`;

const MOVE_SAID = (l: EntityKind) => `
MATCH (m:${l} {id: $mergeId})-[r:SAID]->(s:Statement)
MATCH (k:${l} {id: $keepId})
CREATE (k)-[n:SAID]->(s) SET n = properties(r)
DELETE r`;

const MOVE_ABOUT = (l: EntityKind) => `
MATCH (m:${l} {id: $mergeId})<-[r:ABOUT]-(s:Statement)
MATCH (k:${l} {id: $keepId})
MERGE (s)-[:ABOUT]->(k)
DELETE r`;

// Fact relationships fold into the kept node's matching relationship (same type, neighbour and, for roles, title): counts add up.
const MOVE_EVIDENCE = (l: EntityKind, type: string, outgoing: boolean) => {
  const arrow = (v: string) => (outgoing ? `-[${v}:${type}]->(o)` : `<-[${v}:${type}]-(o)`);
  const sameKey = type === 'HOLDS_ROLE' ? 'WHERE r2.titleKey = r.titleKey' : '';
  const create = outgoing ? `CREATE (k)-[n:${type}]->(o)` : `CREATE (o)-[n:${type}]->(k)`;
  return `
MATCH (m:${l} {id: $mergeId})${arrow('r')}
MATCH (k:${l} {id: $keepId})
OPTIONAL MATCH (k)${arrow('r2')} ${sameKey}
FOREACH (_ IN CASE WHEN r2 IS NULL THEN [1] ELSE [] END | ${create} SET n = properties(r))
FOREACH (_ IN CASE WHEN r2 IS NULL THEN [] ELSE [1] END |
  SET r2.articleCount = r2.articleCount + r.articleCount,
      r2.firstSeen = CASE WHEN r.firstSeen IS NOT NULL AND (r2.firstSeen IS NULL OR r.firstSeen < r2.firstSeen) THEN r.firstSeen ELSE r2.firstSeen END,
      r2.lastSeen = CASE WHEN r.lastSeen IS NOT NULL AND (r2.lastSeen IS NULL OR r.lastSeen > r2.lastSeen) THEN r.lastSeen ELSE r2.lastSeen END)
DELETE r`;
};

// Evidence on other nodes' mentions names the merged node as a fact's far end; those lists are rewritten to the kept id.
const REWRITES = (l: EntityKind): Array<{ field: string; cypher: string }> => {
  const out: Array<{ field: string; cypher: string }> = [];
  const rewrite = (path: string, field: string) =>
    out.push({
      field,
      cypher: `
MATCH ${path}<-[mm:MENTIONS]-(a:Article) WHERE $mergeId IN mm.${field}
WITH DISTINCT mm, a, x
WITH mm, a.id AS articleId, x.id AS entityId, [l IN labels(x) WHERE l IN ['Person', 'Treaty', 'Organization']][0] AS label, mm.${field} AS old
SET mm.${field} = [v IN old | CASE WHEN v = $mergeId THEN $keepId ELSE v END]
RETURN articleId, entityId, label, old`,
    });
  if (l === 'Country' || l === 'Organization') rewrite(`(:${l} {id: $mergeId})<-[:HOLDS_ROLE]-(x:Person)`, 'roleTargets');
  if (l === 'Country') rewrite('(:Country {id: $mergeId})-[:PARTY_TO]->(x:Treaty)', 'partyTargets');
  if (l === 'Country') rewrite('(:Country {id: $mergeId})<-[:PART_OF]-(x:Organization)', 'partOfTargets');
  return out;
};

/** One rewritten evidence list, kept in the audit entry so an undo can put it back. */
export interface EvidenceRewrite {
  articleId: string;
  entityId: string;
  label: string;
  field: string;
  old: string[];
}

/** Points evidence lists on other nodes' mentions from the merged id to the kept id; returns the old lists. Run before moveRelationships. */
export async function rewriteEvidenceTargets(tx: TransactionRunner, label: EntityKind, keepId: string, mergeId: string): Promise<EvidenceRewrite[]> {
  const rewrites: EvidenceRewrite[] = [];
  for (const { field, cypher } of REWRITES(label)) {
    const rows = await tx.run<Omit<EvidenceRewrite, 'field'>>({ cypher, params: { keepId, mergeId } });
    rewrites.push(...rows.map((r) => ({ ...r, field })));
  }
  return rewrites;
}

/** Moves every relationship of the merged node onto the kept node (same label), folding duplicates together; returns how many relationships moved. */
export async function moveRelationships(tx: TransactionRunner, label: EntityKind, keepId: string, mergeId: string): Promise<number> {
  const queries = [MOVE_MENTIONS(label), MOVE_SAID(label), MOVE_ABOUT(label)];
  for (const type of EVIDENCE_TYPES) queries.push(MOVE_EVIDENCE(label, type, true), MOVE_EVIDENCE(label, type, false));
  let moved = 0;
  for (const cypher of queries) {
    moved += (await tx.runWithStats({ cypher, params: { keepId, mergeId } })).stats.relationshipsDeleted;
  }
  return moved;
}
