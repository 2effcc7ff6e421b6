import type { TransactionRunner, WriteStats } from '../../db/executor';
import type { EntityKind } from '../../extract/types';
import type { ArticleRow, ArticleRows } from '../buildRows';
import { matchEntityByKind } from './matchEntity';

const MERGE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row, a.storedAt = datetime()`;

// Label-specific fields set when a node is first created; later articles only add aliases (and, for treaties, newer facts).
const ON_CREATE: Record<EntityKind, string> = {
  Person: ', e.surname = row.surname',
  Country: ', e.iso3 = row.iso3',
  Organization: '',
  Treaty: '',
};

// A treaty's status and signing date follow the most recent article that states them (ties: the later write).
const TREATY_FACTS = `
WITH e, row
FOREACH (_ IN CASE WHEN (row.status IS NOT NULL OR row.signedAt IS NOT NULL)
                    AND (e.factsSeen IS NULL OR row.seen >= e.factsSeen) THEN [1] ELSE [] END |
  SET e.status = coalesce(row.status, e.status), e.signedAt = coalesce(row.signedAt, e.signedAt), e.factsSeen = row.seen)`;

const EVIDENCE_FIELDS: Record<EntityKind, string> = {
  Person: ', roleKeys: row.roleKeys, roleTargets: row.roleTargets, roleStarts: row.roleStarts, roleEnds: row.roleEnds',
  Country: '',
  Organization: ', partOfTargets: row.partOfTargets',
  Treaty: ', partyTargets: row.partyTargets',
};

// The API reads these on every entity (graph-schema/README.md); one more supporting article adds its spans and may widen the dates.
const ADD_TO_AGGREGATES = `
SET e.mentionCount = coalesce(e.mentionCount, 0) + size(row.starts),
    e.articleCount = coalesce(e.articleCount, 0) + 1,
    e.firstSeen = CASE WHEN row.seen = '' THEN e.firstSeen WHEN e.firstSeen IS NULL OR row.seen < e.firstSeen THEN row.seen ELSE e.firstSeen END,
    e.lastSeen = CASE WHEN row.seen = '' THEN e.lastSeen WHEN e.lastSeen IS NULL OR row.seen > e.lastSeen THEN row.seen ELSE e.lastSeen END`;

const mergeEntities = (label: EntityKind) => `
UNWIND $rows AS row
MERGE (e:${label} {id: row.id})
ON CREATE SET e.name = row.name, e.aliases = [], e.createdAt = datetime()${ON_CREATE[label]}
WITH e, row, [x IN row.aliases WHERE NOT x IN coalesce(e.aliases, [])] AS fresh
FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END | SET e.aliases = coalesce(e.aliases, []) + fresh)
${label === 'Treaty' ? TREATY_FACTS : ''}
WITH e, row
MATCH (a:Article {id: row.articleId})
CREATE (a)-[:MENTIONS {starts: row.starts, ends: row.ends, texts: row.texts, titles: row.titles,
                       status: row.status, signedAt: row.signedAt${EVIDENCE_FIELDS[label]}}]->(e)
${ADD_TO_AGGREGATES}`;

const CREATE_STATEMENTS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
${matchEntityByKind('speakerKind', 'speakerId')}
CREATE (s:Statement {id: row.id, articleId: row.articleId, extractId: row.extractId, quote: row.quote, text: row.text,
                     verb: row.verb, categoryCode: row.categoryCode, categoryLabel: row.categoryLabel, tone: row.tone,
                     saidAt: row.saidAt, datePrecision: row.datePrecision, dateSource: row.dateSource, start: row.start, end: row.end,
                     publishedAt: a.publishedAt})
CREATE (e)-[:SAID {articleId: row.articleId}]->(s)
CREATE (s)-[:REPORTED_IN {start: row.start, end: row.end}]->(a)`;

const CREATE_ABOUT = `
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId})
${matchEntityByKind('kind', 'id')}
CREATE (s)-[:ABOUT]->(e)`;

// The relationship keeps aggregates only (count, first/last seen); the per-article evidence lives on the MENTIONS that
// supports it, so writing stays constant-time however many articles support one fact.
const COUNT_EVIDENCE = `
ON CREATE SET r.articleCount = 0
SET r.articleCount = r.articleCount + 1,
    r.firstSeen = CASE WHEN row.seen = '' THEN r.firstSeen WHEN r.firstSeen IS NULL OR row.seen < r.firstSeen THEN row.seen ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN row.seen = '' THEN r.lastSeen WHEN r.lastSeen IS NULL OR row.seen > r.lastSeen THEN row.seen ELSE r.lastSeen END`;

const MERGE_ROLES = `
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
${matchEntityByKind('targetKind', 'targetId', ['Country', 'Organization'])}
MERGE (p)-[r:HOLDS_ROLE {titleKey: row.titleKey}]->(e)
ON CREATE SET r.title = row.title
${COUNT_EVIDENCE}`;

// Country PARTY_TO Treaty and Organization PART_OF Country: the same merge between two fixed labels.
const mergeLink = (from: 'Country' | 'Organization', type: 'PARTY_TO' | 'PART_OF', to: 'Treaty' | 'Country') => `
UNWIND $rows AS row
MATCH (a:${from} {id: row.fromId})
MATCH (b:${to} {id: row.toId})
MERGE (a)-[r:${type}]->(b)
${COUNT_EVIDENCE}`;

const MERGE_PARTIES = mergeLink('Country', 'PARTY_TO', 'Treaty');
const MERGE_PART_OF = mergeLink('Organization', 'PART_OF', 'Country');

/** The rows of a whole batch, concatenated per query. */
export type BatchRows = Omit<ArticleRows, 'article'> & { articles: ArticleRow[] };

/** Writes a batch's rows inside the caller's transaction, one UNWIND query per kind of fact; returns entity-node and total counters. */
export async function writeFacts(tx: TransactionRunner, rows: BatchRows): Promise<{ entitiesCreated: number; stats: WriteStats[] }> {
  const stats: WriteStats[] = [];
  const run = async (cypher: string, list: unknown[]) => {
    if (list.length === 0) return null;
    const result = await tx.runWithStats({ cypher, params: { rows: list } });
    stats.push(result.stats);
    return result.stats;
  };
  await run(MERGE_ARTICLES, rows.articles);
  let entitiesCreated = 0;
  for (const label of Object.keys(rows.entities) as EntityKind[]) {
    entitiesCreated += (await run(mergeEntities(label), rows.entities[label]))?.nodesCreated ?? 0;
  }
  await run(CREATE_STATEMENTS, rows.statements);
  await run(CREATE_ABOUT, rows.about);
  await run(MERGE_ROLES, rows.roles);
  await run(MERGE_PARTIES, rows.parties);
  await run(MERGE_PART_OF, rows.partOf);
  return { entitiesCreated, stats };
}
