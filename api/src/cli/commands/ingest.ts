import cliProgress from 'cli-progress';
import { Option } from 'commander';
import type { Command } from 'commander';
import { BadUserInputError } from '../../errors/index';
import type { IngestReport } from '../../ingest/types';
import { ARTICLE_FORMATS, type ArticleFormat } from '../../source/types';
import { normalizeDate } from '../../source/normalizeDate';
import { runAction, say } from '../runAction';
import { withDatabase } from '../withDatabase';

interface IngestCliOptions {
  format?: ArticleFormat;
  publishedAt?: string;
  batchSize: string;
  force?: boolean;
  json?: boolean;
}

/** Formats the end-of-run summary: articles, entities, statements, relationships, time and throughput. */
export function formatSummary(r: IngestReport): string {
  const seconds = r.elapsedMs / 1000;
  const processed = r.articlesNew + r.articlesUpdated + r.articlesUnchanged + r.articlesFailed;
  const lines = [
    `articles:      ${r.articlesNew} new, ${r.articlesUpdated} updated, ${r.articlesUnchanged} unchanged, ${r.articlesFailed} failed`,
    `entities:      ${r.entitiesCreated} created, ${r.entitiesMerged} merged into existing nodes (${r.personsMergedByName} persons by name variant), ${r.entitiesRemoved} orphans removed`,
    `statements:    ${r.statementsWritten} written`,
    `relationships: ${r.relationshipsCreated} written, ${r.relationshipsDeleted} replaced`,
    `elapsed:       ${seconds.toFixed(1)} s, ${(processed / Math.max(seconds, 0.001)).toFixed(1)} articles/s`,
  ];
  if (r.failures.length) {
    lines.push(`failures (${r.failures.length}):`);
    for (const f of r.failures) lines.push(`  ${f.file ?? '-'}${f.line ? `:${f.line}` : ''}${f.articleId ? ` [${f.articleId}]` : ''}: ${f.reason}`);
  }
  return lines.join('\n');
}

function progressReporter(bytesTotal: () => number) {
  const started = Date.now();
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: 'ingest [{bar}] {percentage}% | {articles} articles | {rate} articles/s | ETA {eta_formatted}', stream: process.stderr, etaBuffer: 50 },
      cliProgress.Presets.shades_classic,
    );
    let begun = false;
    return {
      update(articles: number, bytes: number) {
        const rate = (articles / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1);
        if (!begun) {
          bar.start(Math.max(bytesTotal(), 1), 0, { articles: 0, rate: '0.0' });
          begun = true;
        }
        bar.update(Math.min(bytes, bytesTotal()), { articles, rate });
      },
      stop: () => begun && bar.stop(),
    };
  }
  let last = 0;
  return {
    update(articles: number, bytes: number) {
      const now = Date.now();
      if (now - last < 2000) return;
      last = now;
      const rate = articles / Math.max((now - started) / 1000, 0.001);
      const total = bytesTotal();
      const pct = total ? Math.min(100, (bytes / total) * 100) : 0;
      const eta = pct > 0 ? Math.round(((now - started) / 1000) * (100 / pct - 1)) : null;
      say(`ingest: ${articles} articles, ${pct.toFixed(0)}% of input, ${rate.toFixed(1)} articles/s${eta !== null ? `, ETA ${eta} s` : ''}`);
    },
    stop() {},
  };
}

/** Adds `diplograph ingest <paths…>`: read, extract, resolve and store articles, with progress and a summary; exit 1 when any failed, 2 when Neo4j went away. */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('ingest articles into the graph: files, folders (recursively), globs, or - for stdin; unchanged articles are skipped')
    .argument('<paths...>', 'files, folders, quoted globs such as "corpus/**/*.jsonl", or - for stdin')
    .addOption(new Option('--format <format>', 'input format instead of detecting it').choices(ARTICLE_FORMATS))
    .option('--published-at <date>', 'publication date YYYY-MM-DD for every article (overrides the stated one)')
    .option('--batch-size <n>', 'articles per write transaction', '50')
    .option('--force', 'store articles again even when their content is unchanged (after an extractor upgrade)')
    .option('--json', 'print the summary as JSON on stdout')
    .action(
      runAction(async (paths: string[], options: IngestCliOptions) => {
        const batchSize = Number(options.batchSize);
        if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 1000) throw new BadUserInputError('ingest: --batch-size must be a whole number from 1 to 1000');
        let publishedAt: string | null = null;
        if (options.publishedAt !== undefined) {
          publishedAt = /^\d{4}-\d{2}-\d{2}$/.test(options.publishedAt) ? normalizeDate(options.publishedAt) : null;
          if (!publishedAt) throw new BadUserInputError(`ingest: --published-at "${options.publishedAt}" is not a date; use YYYY-MM-DD`);
        }
        // Imported here so that `diplograph --help` and the other commands do not load the extraction pipeline.
        const { ingestPaths } = await import('../../ingest/index');
        return withDatabase(async (executor) => {
          let total = 0;
          const progress = progressReporter(() => total);
          const result = await ingestPaths(executor, paths, {
            format: options.format,
            publishedAt,
            batchSize,
            force: options.force,
            onStart: (bytes) => (total = bytes),
            onProgress: ({ articlesDone, bytesDone }) => progress.update(articlesDone, bytesDone),
          });
          progress.stop();
          for (const problem of result.problems) {
            result.report.failures.unshift({ file: null, line: null, articleId: null, reason: problem });
          }
          if (options.json) process.stdout.write(`${JSON.stringify({ phase: result.phase, ...(result.phase === 'aborted' ? { reason: result.reason } : {}), ...result.report })}\n`);
          else process.stdout.write(`${formatSummary(result.report)}\n`);
          if (result.phase === 'aborted') {
            say(`error: ${result.reason}`);
            say('ingest: stopped because Neo4j became unavailable. Every article reported above was committed whole; the batch in flight was rolled back. Start Neo4j (diplograph db start) and run the same command again: stored articles are skipped.');
            return 2;
          }
          return result.report.failures.length > 0 ? 1 : 0;
        });
      }),
    );
}
