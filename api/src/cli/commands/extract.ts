import { Option } from 'commander';
import type { Command } from 'commander';
import { ARTICLE_FORMATS, type ArticleFormat } from '../../source/types';
import { runAction } from '../runAction';

/** Adds `diplograph extract <file|->`: one JSON extraction result per article, pretty for one article, one compact line each for several. */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('extract persons, countries, organisations, treaties and statements from articles and print them as JSON')
    .argument('<file>', 'article file (seed text, JSON, JSONL, HTML, RSS/Atom), or - for stdin')
    .addOption(new Option('--format <format>', 'input format instead of detecting it').choices(ARTICLE_FORMATS))
    .option('--published-at <date>', 'publication date YYYY-MM-DD for every article (overrides the stated one)')
    .action(
      runAction(async (file: string, options: { format?: ArticleFormat; publishedAt?: string }) => {
        const { extractSafely, readArticleFile } = await import('../articleInput');
        const articles = await readArticleFile('extract', file, options.format, options.publishedAt);
        let failures = 0;
        for (const article of articles) {
          const result = extractSafely(article);
          if (!result) failures++;
          // Several articles stream out one compact line each as they are done; a single one is pretty-printed.
          else process.stdout.write(`${articles.length === 1 ? JSON.stringify(result, null, 2) : JSON.stringify(result)}\n`);
        }
        return failures ? 1 : 0;
      }),
    );
}
