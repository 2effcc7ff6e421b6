import type { CypherQuery, Executor } from '../db/executor';
import { decodeCursor, pageOf } from './cursor';
import { sinceKey } from './dateKeys';
import { matchEntityById, statementFields } from './projections';
import type { PageRow, StatementRow } from './types';

// Each speaker is found by id (one labelled seek); its statements are reached from its SAID relationships once and kept when
// one of their subjects is among that speaker's subjects. Only dated statements: this is the evidence a time axis can
// place. Order and cursor are those of `statements`: saidAt, then the article date, then id, all newest first.
const MATCH = `
UNWIND $groups AS g
WITH g.speaker AS speakerId, coalesce(g.subjects, $shared) AS subjects
${matchEntityById('speakerId', 'sp')}
MATCH (sp)-[:SAID]->(s:Statement)
WHERE s.saidAt IS NOT NULL AND ($since IS NULL OR s.saidAt >= $since) AND ($until IS NULL OR s.saidAt <= $until)
  AND EXISTS { MATCH (s)-[:ABOUT]->(o) WHERE o.id IN subjects AND o <> sp }
WITH DISTINCT s`;

const PAGE = `${MATCH}
WITH s, s.saidAt AS k1, coalesce(s.publishedAt, '') AS k2
WHERE $after IS NULL OR k1 < $after[0] OR (k1 = $after[0] AND (k2 < $after[1] OR (k2 = $after[1] AND s.id < $after[2])))
WITH s, k1, k2
ORDER BY k1 DESC, k2 DESC, s.id DESC
LIMIT toInteger($limit)
RETURN ${statementFields('s')} AS statement, k1, k2`;

const COUNT = `${MATCH}
RETURN count(s) AS total`;

/** A speaker and the subjects whose statements by it are wanted; null: the question's `shared` subjects. */
export interface SpeakerSubjects {
  speaker: string;
  subjects: string[] | null;
}

/** Which statements to read: by each group's speaker about its subjects. */
export interface AmongQuestion {
  groups: SpeakerSubjects[];
  /** The subjects of every group whose own list is null (sent once, not once per speaker). */
  shared: string[];
}

/** Every entity of `ids` as a speaker about all the others: the statements among a set of entities. */
export function amongAll(ids: readonly string[]): AmongQuestion {
  return { groups: ids.map((speaker) => ({ speaker, subjects: null })), shared: [...ids] };
}

/** Speaker → subject pairs grouped by speaker, so each speaker's statements are read once. */
export function groupPairs(pairs: ReadonlyArray<{ speaker: string; subject: string }>): AmongQuestion {
  const bySpeaker = new Map<string, Set<string>>();
  for (const { speaker, subject } of pairs) {
    if (speaker === subject) continue;
    const set = bySpeaker.get(speaker) ?? new Set<string>();
    set.add(subject);
    bySpeaker.set(speaker, set);
  }
  return { groups: [...bySpeaker].map(([speaker, subjects]) => ({ speaker, subjects: [...subjects] })), shared: [] };
}

/** Builds the page and count queries of the dated statements by each group's speaker about one of its subjects. */
export function findStatementsAmongQueries(question: AmongQuestion, since: string | null, until: string | null, after: string[] | null, first: number): { page: CypherQuery; count: CypherQuery } {
  const params = { groups: question.groups, shared: question.shared, since: since === null ? null : sinceKey(since), until, after, limit: first + 1 };
  return { page: { cypher: PAGE, params }, count: { cypher: COUNT, params } };
}

/**
 * One page of the dated statements by each group's speaker about one of its subjects (with `amongAll(ids)`: by one of the
 * entities about another, the evidence of the SPOKE_ABOUT relationships among them; with `groupPairs`: the evidence of given
 * relations, e.g. a graph view's edges), newest first, with the total. A statement comes once however many groups reach it.
 * Throws BadUserInputError on a foreign cursor.
 */
export async function findStatementsAmong(
  executor: Executor, question: AmongQuestion, since: string | null, until: string | null, first: number, after: string | null,
): Promise<PageRow<StatementRow>> {
  const cursor = decodeCursor(after, 3);
  const q = findStatementsAmongQueries(question, since, until, cursor, first);
  type Row = { statement: StatementRow; k1: string; k2: string };
  const [rows, count] = await Promise.all([
    executor.read<Row>(q.page, 'statements-among'),
    executor.read<{ total: number }>(q.count, 'statements-among-count'),
  ]);
  const page = pageOf(rows, first, (r) => [r.k1, r.k2, r.statement.id], count[0]?.total ?? 0);
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.statement })) };
}
