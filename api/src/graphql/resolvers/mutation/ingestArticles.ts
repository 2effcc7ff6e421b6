import type { Executor } from '../../../db/executor';
import { BadUserInputError, DatabaseUnavailableError } from '../../../errors/index';
import type { ArticleIngestOutcome } from '../../../ingest/index';
import { findEntitiesByIds, type EntityRow } from '../../../query/index';
import { buildArticle } from '../../../source/buildArticle';
import type { Article } from '../../../source/types';
import type { ArticleInput, IngestStatus, MutationResolvers } from '../../generated/resolvers';
import { parseDate, parseText } from '../parseArgs';

/** Most articles per ingestArticles call; larger batches go in several calls (the body cap, DIPLOGRAPH_MAX_BODY_BYTES, also applies). */
export const MAX_ARTICLES_PER_CALL = 100;

const STATUS: Record<ArticleIngestOutcome['phase'], IngestStatus> = { new: 'NEW', updated: 'UPDATED', unchanged: 'UNCHANGED', failed: 'FAILED' };

// Entities that an article's mentions reach and that were created during this call: its "new entities".
const NEW_ENTITIES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})-[:MENTIONS]->(e)
WHERE e.createdAt >= datetime($since)
RETURN id, collect(DISTINCT e.id) AS entityIds`;

// The pipeline assumes one writer per database (two ingests racing to create the same entity fail one article);
// API ingests of this process therefore run one after another.
let writer: Promise<unknown> = Promise.resolve();

/** `ingestArticles`: the same pipeline as `diplograph ingest` (hash check → extract → resolve → store), a result per article. */
export const ingestArticles: MutationResolvers['ingestArticles'] = async (_parent, args, ctx) => {
  const articles = toArticles(args.input);
  const run = writer.then(() => ingestInOrder(ctx.executor, articles));
  writer = run.catch(() => undefined);
  return run;
};

async function ingestInOrder(executor: Executor, articles: Article[]) {
  // The pipeline loads on first use, so that the server starts without the extraction rules in memory.
  const { ingestChunks } = await import('../../../ingest/index');
  const [clock] = await executor.read<{ now: string }>({ cypher: 'RETURN toString(datetime()) AS now' }, 'ingest-clock');
  const outcomes = new Map<Article, ArticleIngestOutcome>();
  const bytes = articles.reduce((sum, a) => sum + a.body.length, 0);
  const outcome = await ingestChunks(executor, [{ articles, failures: [], bytes }], { onArticle: (article, o) => outcomes.set(article, o) });
  if (outcome.phase === 'aborted') {
    throw new DatabaseUnavailableError(`ingestArticles: ${outcome.reason}; the articles reported stored before the outage are committed, so send the same call again once Neo4j is back`);
  }
  const stored = articles.filter((a) => ['new', 'updated'].includes(outcomes.get(a)?.phase ?? ''));
  const created = await newEntitiesOf(executor, stored, clock?.now ?? new Date().toISOString());
  const r = outcome.report;
  return {
    results: articles.map((article, index) => {
      const o = outcomes.get(article) ?? { phase: 'failed', reason: 'ingest: the article was not processed; send it again' };
      const warnings = (article.issues ?? []).map((i) => i.message);
      return {
        index,
        articleId: article.id,
        title: article.title ?? '',
        status: STATUS[o.phase],
        error: o.phase === 'failed' ? o.reason : warnings.length ? warnings.join('; ') : null,
        newEntities: created.get(article) ?? [],
      };
    }),
    new: r.articlesNew,
    updated: r.articlesUpdated,
    unchanged: r.articlesUnchanged,
    failed: r.articlesFailed,
    statementsWritten: r.statementsWritten,
    elapsedMs: Math.round(r.elapsedMs),
  };
}

/** Checks the input list and turns each item into an Article, as the JSON reader would; throws BadUserInputError naming `input[i].field`. */
function toArticles(input: readonly ArticleInput[]): Article[] {
  if (input.length < 1 || input.length > MAX_ARTICLES_PER_CALL) {
    throw new BadUserInputError(`input: give 1 to ${MAX_ARTICLES_PER_CALL} articles per call, not ${input.length}; split larger batches`, 'input');
  }
  return input.map((item, i) => {
    const at = `input[${i}]`;
    parseText(item.title.trim(), `${at}.title`, 1, 1_000);
    const url = item.url?.trim() || null;
    if (url !== null && (!/^https?:\/\/\S+$/i.test(url) || url.length > 2_000)) {
      throw new BadUserInputError(`${at}.url: must be an http(s) URL of at most 2000 characters, or left out`, `${at}.url`);
    }
    if (item.source != null) parseText(item.source, `${at}.source`, 0, 300);
    const publishedAt = parseDate(item.publishedAt, `${at}.publishedAt`);
    return buildArticle(
      { title: item.title, body: item.text, url, publishedAt, source: item.source ?? null, markup: 'strip-and-report' },
      { file: null },
      null,
    );
  });
}

/** The entities each stored article created during this call; an entity two articles share goes to the first of them. */
async function newEntitiesOf(executor: Executor, stored: Article[], since: string): Promise<Map<Article, EntityRow[]>> {
  const result = new Map<Article, EntityRow[]>();
  if (stored.length === 0) return result;
  const rows = await executor.read<{ id: string; entityIds: string[] }>(
    { cypher: NEW_ENTITIES, params: { ids: [...new Set(stored.map((a) => a.id))], since } },
    'ingest-new-entities',
  );
  const byArticle = new Map(rows.map((r) => [r.id, r.entityIds]));
  const entities = await findEntitiesByIds(executor, rows.flatMap((r) => r.entityIds));
  const claimed = new Set<string>();
  for (const article of stored) {
    const mine = (byArticle.get(article.id) ?? []).filter((id) => !claimed.has(id)).sort();
    mine.forEach((id) => claimed.add(id));
    result.set(article, mine.map((id) => entities.get(id)).filter((e): e is EntityRow => e !== undefined));
  }
  return result;
}
