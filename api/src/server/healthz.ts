import type { Request, Response } from 'express';
import type { Executor } from '../db/executor';

/** The `/healthz` body: `neo4j.status` is "up" with version and edition, or "down" with the reason. */
export type HealthReport =
  | { status: 'ok'; neo4j: { status: 'up'; version: string; edition: string } }
  | { status: 'degraded'; neo4j: { status: 'down'; reason: string } };

/**
 * Asks Neo4j for its version, then runs a trivial read on the application's database (which comes online after the system
 * database when the server starts); never throws. The driver reconnects by itself, so a database that comes back turns the
 * report to "up" with no restart.
 */
export async function checkHealth(executor: Executor, timeoutMs = 5000): Promise<HealthReport> {
  try {
    const started = Date.now();
    const { version, edition } = await executor.serverInfo(timeoutMs);
    await withDeadline(executor.read({ cypher: 'RETURN 1 AS ok' }, 'healthz'), Math.max(timeoutMs - (Date.now() - started), 500));
    return { status: 'ok', neo4j: { status: 'up', version, edition } };
  } catch (err) {
    return { status: 'degraded', neo4j: { status: 'down', reason: err instanceof Error ? err.message : String(err) } };
  }
}

/** Express handler for GET /healthz: 200 when Neo4j answers, 503 otherwise. */
export function healthzHandler(executor: Executor) {
  return async (_req: Request, res: Response): Promise<void> => {
    const report = await checkHealth(executor);
    res.status(report.neo4j.status === 'up' ? 200 : 503).set('Cache-Control', 'no-store').json(report);
  };
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the database did not answer within ${ms} ms`)), ms);
  });
  promise.catch(() => undefined);
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
