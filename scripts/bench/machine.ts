import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

/** One line naming the CPU model, cores, memory and Node version, for every benchmark's report. */
export function describeMachine(): string {
  let model = cpus()[0]?.model ?? 'unknown CPU';
  try {
    model = /Model name:\s*(.+)/.exec(execSync('lscpu', { encoding: 'utf8' }))?.[1]?.trim() ?? model;
  } catch {
    // lscpu is Linux-only.
  }
  return `${model}, ${cpus().length} cores, ${Math.round(totalmem() / 1024 ** 3)} GiB RAM, Node ${process.version}`;
}

// The same helper the test harness uses for its throw-away servers.
export { freePort } from '../../test/_utils/freePort';
