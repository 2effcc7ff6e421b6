import type { CypherQuery, Executor } from '../db/executor';
import { decodeCursor, pageOf } from './cursor';
import { allWordsQuery } from './luceneQuery';
import { articleFields } from './projections';
import type { ArticleRow, PageRow } from './types';

/** What an articles query asks for; dates are validated `YYYY-MM-DD` days. */
export interface ArticleFilter {
  query: string | null;
  since: string | null;
  until: string | null;
}

const CURSOR = `($after IS NULL OR day < $after[0] OR (day = $after[0] AND a.id < $after[1]))`;
const WINDOW = `($since IS NULL OR a.publishedAt >= $since) AND ($until IS NULL OR a.publishedAt <= $until)`;

// Words: the `article_text` full-text index (migration 006) finds the matching articles, then they are ordered by date.
const BY_WORDS = `
CALL db.index.fulltext.queryNodes('article_text', $lucene) YIELD node AS a
WHERE ${WINDOW}
WITH a, coalesce(a.publishedAt, '') AS day
WHERE ${CURSOR}
WITH a, day
ORDER BY day DESC, a.id DESC
LIMIT toInteger($limit)
RETURN ${articleFields('a')} AS article, day`;
const BY_WORDS_COUNT = `
CALL db.index.fulltext.queryNodes('article_text', $lucene) YIELD node AS a
WHERE ${WINDOW}
RETURN count(a) AS total`;

// No words: the publishedAt index gives the newest first without sorting every article; undated ones come last.
const DATED = `
MATCH (a:Article)
WHERE a.publishedAt >= $lo AND a.publishedAt <= $hi
WITH a, a.publishedAt AS day
WHERE ${CURSOR}
WITH a, day
ORDER BY day DESC, a.id DESC
LIMIT toInteger($limit)
RETURN ${articleFields('a')} AS article, day`;
const UNDATED = `
MATCH (a:Article)
WHERE a.publishedAt IS NULL
WITH a, '' AS day
WHERE ${CURSOR}
WITH a, day
ORDER BY a.id DESC
LIMIT toInteger($limit)
RETURN ${articleFields('a')} AS article, day`;
const DATED_COUNT = `MATCH (a:Article) WHERE a.publishedAt >= $lo AND a.publishedAt <= $hi RETURN count(a) AS total`;
const ALL_COUNT = `MATCH (a:Article) RETURN count(a) AS total`;

/** Builds the page and count queries of an articles search by words (the full-text path). */
export function findArticlesByWordsQueries(lucene: string, f: ArticleFilter, after: string[] | null, first: number): { page: CypherQuery; count: CypherQuery } {
  const params = { lucene, since: f.since, until: f.until, after, limit: first + 1 };
  return { page: { cypher: BY_WORDS, params }, count: { cypher: BY_WORDS_COUNT, params } };
}

type Row = { article: ArticleRow; day: string };

/** One page of articles, newest first, matching every word of `f.query` (if any) in title or text and the date window. */
export async function findArticles(executor: Executor, f: ArticleFilter, first: number, after: string | null): Promise<PageRow<ArticleRow>> {
  const cursor = decodeCursor(after, 2);
  let rows: Row[];
  let total: number;
  const lucene = f.query === null ? null : allWordsQuery(f.query);
  if (f.query !== null && lucene === null) {
    rows = [];
    total = 0;
  } else if (lucene !== null) {
    const q = findArticlesByWordsQueries(lucene, f, cursor, first);
    const [page, count] = await Promise.all([executor.read<Row>(q.page, 'articles'), executor.read<{ total: number }>(q.count, 'articles-count')]);
    rows = page;
    total = count[0]?.total ?? 0;
  } else {
    const windowed = f.since !== null || f.until !== null;
    const lo = f.since ?? '0';
    const hi = [f.until ?? '9999', ...(cursor && cursor[0] !== '' ? [cursor[0]] : [])].sort()[0]!;
    const [dated, count] = await Promise.all([
      cursor && cursor[0] === '' ? Promise.resolve([]) : executor.read<Row>({ cypher: DATED, params: { lo, hi, after: cursor, limit: first + 1 } }, 'articles'),
      executor.read<{ total: number }>(windowed ? { cypher: DATED_COUNT, params: { lo, hi: f.until ?? '9999' } } : { cypher: ALL_COUNT }, 'articles-count'),
    ]);
    rows = dated;
    if (!windowed && rows.length <= first) {
      const undatedAfter = cursor && cursor[0] === '' ? cursor : null;
      rows = [...rows, ...(await executor.read<Row>({ cypher: UNDATED, params: { after: undatedAfter, limit: first + 1 - rows.length } }, 'articles-undated'))];
    }
    total = count[0]?.total ?? 0;
  }
  const page = pageOf(rows, first, (r) => [r.day, r.article.id], total);
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.article })) };
}
