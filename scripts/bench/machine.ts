import { execSync } from 'node:child_process';
import net from 'node:net';
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

/** A TCP port on 127.0.0.1 that was free a moment ago, for a benchmark's throw-away Neo4j or server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
