import { ConfigError } from '../config/index';
import { DiplographError } from '../errors/index';
import { Neo4jSetupError } from '../neo4j/index';

/**
 * Wraps a command action: a known error prints its one-line message (no stack trace) and exits 1;
 * an unknown one prints its stack only when DEBUG is set.
 */
export function runAction<A extends unknown[]>(action: (...args: A) => Promise<void | number>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      const code = await action(...args);
      if (typeof code === 'number') process.exitCode = code;
    } catch (err) {
      process.exitCode = 1;
      if (err instanceof ConfigError || err instanceof Neo4jSetupError || err instanceof DiplographError) {
        console.error(`error: ${err.message}`);
      } else if (process.env.DEBUG) {
        console.error(err);
      } else {
        console.error(`error: ${err instanceof Error ? err.message : String(err)} (set DEBUG=1 for details)`);
      }
    }
  };
}

/** Prints a progress or status line to stderr, keeping stdout for command output. */
export function say(line: string): void {
  process.stderr.write(`${line}\n`);
}
