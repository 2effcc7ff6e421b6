import type { Command } from 'commander';
import { NotFoundError } from '../../errors/index';
import { deleteArticle } from '../../store/index';
import { runAction } from '../runAction';
import { withDatabase } from '../withDatabase';

/** Adds `diplograph article delete <id>`: removes an article and the facts only it supported. */
export function registerArticleCommand(program: Command): void {
  const article = program.command('article').description('manage stored articles');
  article
    .command('delete')
    .description('delete an article, its statements and mentions, and entities no other article supports (unless curated)')
    .argument('<id>', 'article id, e.g. art:3f2a9c0d1e4b5a6f')
    .action(
      runAction(async (id: string) => {
        const report = await withDatabase((executor) => deleteArticle(executor, id));
        if (!report.found) throw new NotFoundError(`article: no article with id ${id}`);
        console.log(`deleted ${id}: ${report.nodesDeleted} nodes (${report.entitiesRemoved} orphan entities) and ${report.relationshipsDeleted} relationships removed`);
      }),
    );
}
