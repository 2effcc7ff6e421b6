import type { Command } from 'commander';
import { mergeEntities, renameEntity, undoLastMerge } from '../../store/index';
import { runAction } from '../runAction';
import { currentUser, withDatabase } from '../withDatabase';

/** Adds `diplograph entities merge|rename|undo-merge`: manual fixes of entity resolution, each recorded as an EntityAudit node. */
export function registerEntitiesCommand(program: Command): void {
  const entities = program.command('entities').description('fix entity resolution by hand: merge, rename, undo the last merge (each audited)');
  entities
    .command('merge')
    .description('merge <mergeId> into <keepId>: every relationship and alias moves to the kept node; later ingests of mergeId land there too')
    .argument('<keepId>', 'id of the entity to keep, e.g. person:sergey-lavrov')
    .argument('<mergeId>', 'id of the entity to merge away, e.g. person:s-lavrov')
    .option('--by <name>', 'who does it, for the audit entry (default: the OS user)')
    .action(
      runAction(async (keepId: string, mergeId: string, options: { by?: string }) => {
        const report = await withDatabase((executor) => mergeEntities(executor, keepId, mergeId, currentUser(options.by)));
        console.log(`merged ${report.mergeId} into ${report.keepId}: ${report.relationshipsMoved} relationships moved, aliases added: ${report.aliasesAdded.join(', ') || 'none'} (audit ${report.auditId})`);
      }),
    );
  entities
    .command('rename')
    .description('give an entity a new canonical name; the old one stays an alias and ingests never overwrite it')
    .argument('<id>', 'entity id')
    .argument('<name>', 'the new name')
    .option('--by <name>', 'who does it, for the audit entry (default: the OS user)')
    .action(
      runAction(async (id: string, name: string, options: { by?: string }) => {
        const result = await withDatabase((executor) => renameEntity(executor, id, name, currentUser(options.by)));
        console.log(`renamed ${id}: "${result.oldName}" -> "${name}" (audit ${result.auditId})`);
      }),
    );
  entities
    .command('undo-merge')
    .description('undo the most recent merge that is not undone yet (refused when articles were stored since)')
    .option('--by <name>', 'who does it, for the audit entry (default: the OS user)')
    .action(
      runAction(async (options: { by?: string }) => {
        const result = await withDatabase((executor) => undoLastMerge(executor, currentUser(options.by)));
        console.log(`undid the merge of ${result.mergeId} into ${result.keepId} (audit ${result.auditId})`);
      }),
    );
}
