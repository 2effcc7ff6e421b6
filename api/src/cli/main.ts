import { Command } from 'commander';
import { registerCommands } from './commands/index';

/** Builds the `diplograph` command line; each subcommand lives in its own file under `commands/`. */
export function buildProgram(): Command {
  const program = new Command('diplograph')
    .description('Diplograph: a knowledge-graph explorer for diplomatic news')
    .showHelpAfterError();
  registerCommands(program);
  return program;
}

await buildProgram().parseAsync(process.argv);
