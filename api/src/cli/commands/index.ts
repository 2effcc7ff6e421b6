import type { Command } from 'commander';
import { registerDbCommand } from './db';
import { registerEvalCommand } from './eval';
import { registerExtractCommand } from './extract';
import { registerServeCommand } from './serve';

/** Adds every subcommand to the program, in help order. One line per command file. */
export function registerCommands(program: Command): void {
  registerServeCommand(program);
  registerDbCommand(program);
  registerExtractCommand(program);
  registerEvalCommand(program);
}
