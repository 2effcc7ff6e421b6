import type { Command } from 'commander';
import { registerArticleCommand } from './article';
import { registerCheckCommand } from './check';
import { registerDbCommand } from './db';
import { registerEntitiesCommand } from './entities';
import { registerEvalCommand } from './eval';
import { registerExtractCommand } from './extract';
import { registerIngestCommand } from './ingest';
import { registerServeCommand } from './serve';

/** Adds every subcommand to the program, in help order. One line per command file. */
export function registerCommands(program: Command): void {
  registerServeCommand(program);
  registerDbCommand(program);
  registerExtractCommand(program);
  registerEvalCommand(program);
  registerIngestCommand(program);
  registerEntitiesCommand(program);
  registerArticleCommand(program);
  registerCheckCommand(program);
}
