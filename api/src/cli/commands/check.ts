import type { Command } from 'commander';
import { checkGraph, INVARIANTS } from '../../store/index';
import { runAction } from '../runAction';
import { withDatabase } from '../withDatabase';

/** Adds `diplograph check`: verifies the graph invariants and exits 1 listing the violations. */
export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description(`verify the graph invariants: ${INVARIANTS.map((i) => i.description).join('; ')}`)
    .option('--limit <n>', 'violations listed per invariant', '20')
    .action(
      runAction(async (options: { limit: string }) => {
        const violations = await withDatabase((executor) => checkGraph(executor, Math.max(1, Number(options.limit) || 20)));
        for (const invariant of INVARIANTS) {
          const mine = violations.filter((v) => v.invariant === invariant.name);
          console.log(`${mine.length ? 'FAIL' : 'ok  '} ${invariant.description}`);
          for (const v of mine) console.log(`     ${v.id ?? '-'}: ${v.problem}`);
        }
        console.log(violations.length ? `check: ${violations.length} violations` : 'check: all invariants hold');
        return violations.length ? 1 : 0;
      }),
    );
}
