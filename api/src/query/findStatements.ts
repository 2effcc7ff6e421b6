import type { CypherQuery, Executor } from '../db/executor';
import { labelOfId } from '../store/labels';
import { decodeCursor, pageOf } from './cursor';
import { sinceKey } from './dateKeys';
import { statementFields } from './projections';
import { speakerSetCypher } from './speakerSet';
import type { PageRow, StatementRow } from './types';

/** The filters of a statements query; null means "any". Dates are validated `YYYY-MM-DD` days. */
export interface StatementFilter {
  speaker: string | null;
  /** With a country as speaker: also its officials and bodies. */
  includeOfficials: boolean;
  about: string | null;
  category: string | null;
  minTone: number | null;
  maxTone: number | null;
  since: string | null;
  until: string | null;
}

// Order: saidAt, then the article date, then id, all newest first; an unknown date sorts last (as ''). The cursor is that key.
const AFTER_CURSOR = `($after IS NULL OR k1 < $after[0] OR (k1 = $after[0] AND (k2 < $after[1] OR (k2 = $after[1] AND s.id < $after[2]))))`;

function filterClauses(f: StatementFilter): string[] {
  return [
    f.category !== null ? 's.categoryCode = $category' : null,
    f.minTone !== null ? 's.tone >= $minTone' : null,
    f.maxTone !== null ? 's.tone <= $maxTone' : null,
    f.since !== null ? 's.saidAt >= $since' : null,
    f.until !== null ? 's.saidAt <= $until' : null,
  ].filter((x): x is string => x !== null);
}

function params(f: StatementFilter, after: string[] | null, limit: number) {
  return {
    speaker: f.speaker, about: f.about, category: f.category, minTone: f.minTone, maxTone: f.maxTone,
    since: f.since === null ? null : sinceKey(f.since), until: f.until, after, limit,
  };
}

/**
 * Which end a statements query with both a speaker and a subject expands: `speaker` walks the SAID relationships of the
 * speakers that spoke about the subject, `about` walks the subject's ABOUT relationships and keeps those said by one of them.
 */
export type PairSide = 'speaker' | 'about';

// With a speaker or a subject the statements are reached from that node (its SAID or ABOUT relationships), never by scanning.
// With both, only the speakers with a SPOKE_ABOUT to the subject ($speakerIds, from the anchor query) can have said one, and
// the smaller side is expanded: a country's officials said 44,000 statements on the 10k bench graph, of which 1,777 about a
// subject with 2,708 in all; checking each of the 44,000 for that subject cost 450,000 db hits, the subject's side 28,000.
function anchoredMatch(f: StatementFilter, side: PairSide): { match: string; where: string[] } {
  const aboutLabel = f.about ? (labelOfId(f.about) ?? 'Person') : null;
  const aboutNode = aboutLabel ? `MATCH (ab:${aboutLabel} {id: $about})\n` : '';
  if (f.speaker && aboutLabel && side === 'about') {
    return { match: `MATCH (ab:${aboutLabel} {id: $about})<-[:ABOUT]-(s:Statement)`, where: [SAID_BY_ONE_OF] };
  }
  if (f.speaker) {
    const spokeAbout = aboutLabel ? '\nWITH sp WHERE sp.id IN $speakerIds' : '';
    return {
      match: `${speakerSetCypher(f.speaker, f.includeOfficials)}${spokeAbout}\n${aboutNode}MATCH (sp)-[:SAID]->(s:Statement)`,
      where: aboutLabel ? ['(s)-[:ABOUT]->(ab)'] : [],
    };
  }
  return { match: `${aboutNode}MATCH (ab)<-[:ABOUT]-(s:Statement)`, where: [] };
}

/** Anchors with more statements than this are paged by walking the saidAt index instead of sorting all their statements. */
export const DENSE_ANCHOR = 2000;

/**
 * Builds the page and count queries of statements reached from a speaker and/or a subject (`f.speaker` or `f.about` set);
 * with both, `speakerIds` are the speakers that spoke about the subject and `side` the end to expand.
 */
export function findAnchoredStatementsQueries(
  f: StatementFilter, after: string[] | null, first: number, extra: string[] = [], speakerIds: readonly string[] = [], side: PairSide = 'speaker',
): { page: CypherQuery; count: CypherQuery } {
  const { match, where } = anchoredMatch(f, side);
  const conditions = [...where, ...filterClauses(f), ...extra];
  const whereText = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const page = `${match}
${whereText}
WITH s, coalesce(s.saidAt, '') AS k1, coalesce(s.publishedAt, '') AS k2
WHERE ${AFTER_CURSOR}
WITH s, k1, k2
ORDER BY k1 DESC, k2 DESC, s.id DESC
LIMIT toInteger($limit)
RETURN ${statementFields('s')} AS statement, k1, k2`;
  const p = { ...params(f, after, first + 1), speakerIds };
  return { page: { cypher: page, params: p }, count: { cypher: `${match}\n${whereText}\nRETURN count(s) AS total`, params: p } };
}

/**
 * Builds the query of an anchor's size without expanding it: the speakers' SAID degrees, the subject's ABOUT degree, or for a
 * speaker and a subject the SPOKE_ABOUT counts between them. It is the total when no other filter is set; it also returns the
 * speakers' ids for walking the saidAt index (with a subject, only those that spoke about it) and, with both, the sizes of
 * the two sides (`saidDegree`: those speakers' statements, `aboutDegree`: the subject's) to pick the one to expand.
 */
export function anchorSizeQuery(f: StatementFilter): CypherQuery {
  const aboutLabel = labelOfId(f.about ?? '') ?? 'Person';
  const p = { speaker: f.speaker, about: f.about };
  if (f.speaker && f.about) {
    // The subject is bound first, so each speaker's SPOKE_ABOUT to it is an Expand(Into), not a walk of all of them.
    return {
      cypher: `MATCH (ab:${aboutLabel} {id: $about})
WITH ab, COUNT { (ab)<-[:ABOUT]-() } AS aboutDegree
${speakerSetCypher(f.speaker, f.includeOfficials)}
MATCH (sp)-[r:SPOKE_ABOUT]->(ab)
WITH aboutDegree, sp, sum(coalesce(r.count, 0)) AS n
RETURN collect(sp.id) AS speakerIds, sum(n) AS size, sum(COUNT { (sp)-[:SAID]->() }) AS saidDegree, coalesce(max(aboutDegree), 0) AS aboutDegree`,
      params: p,
    };
  }
  if (f.speaker) {
    return { cypher: `${speakerSetCypher(f.speaker, f.includeOfficials)}\nRETURN collect(sp.id) AS speakerIds, sum(COUNT { (sp)-[:SAID]->() }) AS size`, params: p };
  }
  return { cypher: `OPTIONAL MATCH (ab:${aboutLabel} {id: $about})\nRETURN [] AS speakerIds, coalesce(COUNT { (ab)<-[:ABOUT]-() }, 0) AS size`, params: p };
}

// Without an anchor (or with a dense one) the saidAt index drives: a range seek in index order, so the top of the page is found
// without sorting every statement. Undated statements come after the dated ones and only when no window is set.
const DATED = (where: string[]) => `
MATCH (s:Statement)
WHERE s.saidAt >= $lo AND s.saidAt <= $hi ${where.map((w) => `AND ${w}`).join(' ')}
WITH s, s.saidAt AS k1, coalesce(s.publishedAt, '') AS k2
WHERE ${AFTER_CURSOR}
WITH s, k1, k2
ORDER BY k1 DESC, k2 DESC, s.id DESC
LIMIT toInteger($limit)
RETURN ${statementFields('s')} AS statement, k1, k2`;

const UNDATED = (where: string[]) => `
MATCH (s:Statement)
WHERE s.saidAt IS NULL ${where.map((w) => `AND ${w}`).join(' ')}
WITH s, '' AS k1, coalesce(s.publishedAt, '') AS k2
WHERE ${AFTER_CURSOR}
WITH s, k1, k2
ORDER BY k2 DESC, s.id DESC
LIMIT toInteger($limit)
RETURN ${statementFields('s')} AS statement, k1, k2`;

const UNANCHORED_COUNT = (where: string[]) => `MATCH (s:Statement) ${where.length ? `WHERE ${where.join(' AND ')}` : ''} RETURN count(s) AS total`;

// A dense anchor as predicates on each statement the index walk meets.
const SAID_BY_ONE_OF = 'EXISTS { MATCH (x)-[:SAID]->(s) WHERE x.id IN $speakerIds }';
const ABOUT_IT = 'EXISTS { MATCH (s)-[:ABOUT]->(x) WHERE x.id = $about }';

type Row = { statement: StatementRow; k1: string; k2: string };

/** The dated part of a page through the saidAt index, plus (no window, page not full) the undated tail from `undated`. */
async function walkDated(
  executor: Executor, f: StatementFilter, after: string[] | null, first: number, where: string[], extra: Record<string, unknown>,
  undated: (undatedAfter: string[] | null, limit: number) => Promise<Row[]>,
): Promise<Row[]> {
  const p = params(f, after, first + 1);
  const lo = p.since ?? '0';
  const hi = [f.until ?? '9999', ...(after && after[0] !== '' ? [after[0]] : [])].sort()[0]!;
  const rows = after && after[0] === '' ? [] : await executor.read<Row>({ cypher: DATED(where), params: { ...p, ...extra, lo, hi } }, 'statements');
  if (f.since !== null || f.until !== null || rows.length > first) return rows;
  return [...rows, ...(await undated(after && after[0] === '' ? after : null, first + 1 - rows.length))];
}

async function findUnanchored(executor: Executor, f: StatementFilter, after: string[] | null, first: number): Promise<{ rows: Row[]; total: number }> {
  const where = filterClauses({ ...f, since: null, until: null });
  const windowed = f.since !== null || f.until !== null;
  const countWhere = windowed ? ['s.saidAt >= $lo', 's.saidAt <= $until9', ...where] : where;
  const p = params(f, after, first + 1);
  const [rows, count] = await Promise.all([
    walkDated(executor, f, after, first, where, {}, (undatedAfter, limit) =>
      executor.read<Row>({ cypher: UNDATED(where), params: { ...p, after: undatedAfter, limit } }, 'statements-undated')),
    executor.read<{ total: number }>({ cypher: UNANCHORED_COUNT(countWhere), params: { ...p, lo: p.since ?? '0', until9: f.until ?? '9999' } }, 'statements-count'),
  ]);
  return { rows, total: count[0]?.total ?? 0 };
}

/** Options of `findStatements` (tests force each way on a small corpus). */
export interface StatementsOptions {
  /** Anchor size above which the saidAt index is walked (DENSE_ANCHOR). */
  denseAnchor?: number;
  /** With a window, a dense anchor expanding at most this many statements is counted through them (WINDOW_COUNT_DIRECT). */
  windowCountDirect?: number;
  /** With a speaker and a subject, the side to expand instead of the smaller one. */
  pairSide?: PairSide;
}

/**
 * A dense anchor in a date window is counted over the window's index range (about 6 db hits per statement in the window,
 * each checked for the anchor) unless the anchor's own statements are fewer than this (about 3 db hits each): a 5-month
 * window held 16,600 statements on the 10k bench graph, a much-quoted minister 4,600 in all.
 */
export const WINDOW_COUNT_DIRECT = 10_000;

type Anchor = { speakerIds: string[]; size: number; saidDegree?: number; aboutDegree?: number };

async function findAnchored(executor: Executor, f: StatementFilter, after: string[] | null, first: number, options: StatementsOptions): Promise<{ rows: Row[]; total: number }> {
  const [anchor] = await executor.read<Anchor>(anchorSizeQuery(f), 'statements-anchor');
  const size = anchor?.size ?? 0;
  const speakerIds = anchor?.speakerIds ?? [];
  const pair = f.speaker !== null && f.about !== null;
  const side: PairSide = options.pairSide ?? (pair && (anchor?.aboutDegree ?? 0) < (anchor?.saidDegree ?? 0) ? 'about' : 'speaker');
  // How many statements the anchored queries expand.
  const expanded = pair ? Math.min(anchor?.saidDegree ?? 0, anchor?.aboutDegree ?? 0) : size;
  const filtered = filterClauses(f).length > 0;
  const q = findAnchoredStatementsQueries(f, after, first, [], speakerIds, side);
  const dense = size > (options.denseAnchor ?? DENSE_ANCHOR);
  const where = [...(f.speaker ? [SAID_BY_ONE_OF] : []), ...(f.about ? [ABOUT_IT] : []), ...filterClauses({ ...f, since: null, until: null })];
  const windowedCount: CypherQuery = {
    cypher: UNANCHORED_COUNT(['s.saidAt >= $lo', 's.saidAt <= $until9', ...where]),
    params: { ...params(f, null, 0), speakerIds, lo: f.since === null ? '0' : sinceKey(f.since), until9: f.until ?? '9999' },
  };
  const windowed = f.since !== null || f.until !== null;
  const countQuery = dense && windowed && expanded > (options.windowCountDirect ?? WINDOW_COUNT_DIRECT) ? windowedCount : q.count;
  const countPromise = filtered ? executor.read<{ total: number }>(countQuery, 'statements-count').then((r) => r[0]?.total ?? 0) : Promise.resolve(size);
  let rowsPromise: Promise<Row[]>;
  if (dense) {
    rowsPromise = walkDated(executor, f, after, first, where, { speakerIds }, (undatedAfter, limit) => {
      const tail = findAnchoredStatementsQueries(f, undatedAfter, limit - 1, ['s.saidAt IS NULL'], speakerIds, side);
      return executor.read<Row>(tail.page, 'statements-undated');
    });
  } else {
    rowsPromise = executor.read<Row>(q.page, 'statements');
  }
  const [rows, total] = await Promise.all([rowsPromise, countPromise]);
  return { rows, total };
}

/**
 * One page of the statements matching `f`, newest first, with the total; throws BadUserInputError on a foreign cursor.
 * `options` (tests) force the index walk, the count and the side expanded.
 */
export async function findStatements(
  executor: Executor, f: StatementFilter, first: number, after: string | null, options: StatementsOptions = {},
): Promise<PageRow<StatementRow>> {
  const cursor = decodeCursor(after, 3);
  const { rows, total } = f.speaker || f.about
    ? await findAnchored(executor, f, cursor, first, options)
    : await findUnanchored(executor, f, cursor, first);
  const page = pageOf(rows, first, (r) => [r.k1, r.k2, r.statement.id], total);
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.statement })) };
}
