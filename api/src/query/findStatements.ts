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

// With a speaker or a subject the statements are reached from that node (its SAID or ABOUT relationships), never by scanning.
function anchoredMatch(f: StatementFilter): { match: string; where: string[] } {
  const aboutLabel = f.about ? (labelOfId(f.about) ?? 'Person') : null;
  const aboutNode = aboutLabel ? `MATCH (ab:${aboutLabel} {id: $about})\n` : '';
  if (f.speaker) {
    return {
      match: `${speakerSetCypher(f.speaker, f.includeOfficials)}\n${aboutNode}MATCH (sp)-[:SAID]->(s:Statement)`,
      where: aboutLabel ? ['(s)-[:ABOUT]->(ab)'] : [],
    };
  }
  return { match: `${aboutNode}MATCH (ab)<-[:ABOUT]-(s:Statement)`, where: [] };
}

/** Builds the page and count queries of statements reached from a speaker and/or a subject (`f.speaker` or `f.about` set). */
export function findAnchoredStatementsQueries(f: StatementFilter, after: string[] | null, first: number): { page: CypherQuery; count: CypherQuery } {
  const { match, where } = anchoredMatch(f);
  const conditions = [...where, ...filterClauses(f)];
  const whereText = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const page = `${match}
${whereText}
WITH s, coalesce(s.saidAt, '') AS k1, coalesce(s.publishedAt, '') AS k2
WHERE ${AFTER_CURSOR}
RETURN ${statementFields('s')} AS statement, k1, k2
ORDER BY k1 DESC, k2 DESC, s.id DESC
LIMIT toInteger($limit)`;
  const count = `${match}\n${whereText}\nRETURN count(s) AS total`;
  const p = params(f, after, first + 1);
  return { page: { cypher: page, params: p }, count: { cypher: count, params: p } };
}

// Without an anchor the saidAt index drives: a range seek in index order (so the top of the page is found without sorting
// every statement). Undated statements come after the dated ones and only when no window is set.
const UNANCHORED_DATED = (where: string[]) => `
MATCH (s:Statement)
WHERE s.saidAt >= $lo AND s.saidAt <= $hi ${where.map((w) => `AND ${w}`).join(' ')}
WITH s, s.saidAt AS k1, coalesce(s.publishedAt, '') AS k2
WHERE ${AFTER_CURSOR}
RETURN ${statementFields('s')} AS statement, k1, k2
ORDER BY k1 DESC, k2 DESC, s.id DESC
LIMIT toInteger($limit)`;

const UNANCHORED_UNDATED = (where: string[]) => `
MATCH (s:Statement)
WHERE s.saidAt IS NULL ${where.map((w) => `AND ${w}`).join(' ')}
WITH s, '' AS k1, coalesce(s.publishedAt, '') AS k2
WHERE ${AFTER_CURSOR}
RETURN ${statementFields('s')} AS statement, k1, k2
ORDER BY k2 DESC, s.id DESC
LIMIT toInteger($limit)`;

const UNANCHORED_COUNT = (where: string[]) => `MATCH (s:Statement) ${where.length ? `WHERE ${where.join(' AND ')}` : ''} RETURN count(s) AS total`;

type Row = { statement: StatementRow; k1: string; k2: string };

async function findUnanchored(executor: Executor, f: StatementFilter, after: string[] | null, first: number): Promise<{ rows: Row[]; total: number }> {
  const where = filterClauses({ ...f, since: null, until: null });
  const p = params(f, after, first + 1);
  const lo = p.since ?? '0';
  const hi = [f.until ?? '9999', ...(after && after[0] !== '' ? [after[0]] : [])].sort()[0]!;
  const windowed = f.since !== null || f.until !== null;
  const countWhere = windowed ? ['s.saidAt >= $lo', 's.saidAt <= $until9', ...where] : where;
  const [dated, count] = await Promise.all([
    after && after[0] === '' ? Promise.resolve([]) : executor.read<Row>({ cypher: UNANCHORED_DATED(where), params: { ...p, lo, hi } }, 'statements'),
    executor.read<{ total: number }>({ cypher: UNANCHORED_COUNT(countWhere), params: { ...p, lo, until9: f.until ?? '9999' } }, 'statements-count'),
  ]);
  let rows = dated;
  if (!windowed && rows.length <= first) {
    const undatedAfter = after && after[0] === '' ? after : null;
    const undated = await executor.read<Row>({ cypher: UNANCHORED_UNDATED(where), params: { ...p, after: undatedAfter, limit: first + 1 - rows.length } }, 'statements-undated');
    rows = [...rows, ...undated];
  }
  return { rows, total: count[0]?.total ?? 0 };
}

/** One page of the statements matching `f`, newest first, with the total; throws BadUserInputError on a foreign cursor. */
export async function findStatements(executor: Executor, f: StatementFilter, first: number, after: string | null): Promise<PageRow<StatementRow>> {
  const cursor = decodeCursor(after, 3);
  let rows: Row[];
  let total: number;
  if (f.speaker || f.about) {
    const q = findAnchoredStatementsQueries(f, cursor, first);
    const [page, count] = await Promise.all([executor.read<Row>(q.page, 'statements'), executor.read<{ total: number }>(q.count, 'statements-count')]);
    rows = page;
    total = count[0]?.total ?? 0;
  } else {
    ({ rows, total } = await findUnanchored(executor, f, cursor, first));
  }
  const page = pageOf(rows, first, (r) => [r.k1, r.k2, r.statement.id], total);
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.statement })) };
}
