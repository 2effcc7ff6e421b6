import { loadConfig } from '../config/index';
import { openDatabase } from '../db/connect';
import type { Executor } from '../db/executor';
import { say } from './runAction';

/** Opens the configured database (starting the local Neo4j if needed), runs `work`, and closes it again, stopping a server this call started. */
export async function withDatabase<T>(work: (executor: Executor) => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig(), say);
  try {
    return await work(database.executor);
  } finally {
    await database.close({ stopLocal: true });
  }
}

/** Who is running the command, for audit entries: `--by`, else the OS user. */
export function currentUser(by?: string): string {
  if (by && by.trim()) return by.trim();
  return process.env.USER ?? process.env.USERNAME ?? process.env.LOGNAME ?? 'unknown';
}
