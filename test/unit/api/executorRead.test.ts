import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Executor } from '../../../api/src/db/executor';
import { ErrorCode } from '../../../api/src/errors/index';

// Executor.read sends a read as one auto-commit query, and only after a retryable failure again in a managed read
// transaction (which the driver retries). A stand-in driver records which way each attempt went.
const failure = (code: string) => Object.assign(new Error(`stand-in failure ${code}`), { code });
const records = (rows: Array<Record<string, unknown>>) => ({ records: rows.map((r) => ({ toObject: () => r })) });

function standInDriver(autoCommit: () => Promise<unknown>, managed: () => Promise<unknown>) {
  const calls: string[] = [];
  const driver = {
    session: () => ({
      run: (cypher: string, _params: unknown, config: { metadata: { op: string } }) => {
        calls.push(`run ${cypher} as ${config.metadata.op}`);
        return autoCommit();
      },
      executeRead: (work: (tx: unknown) => Promise<unknown>) => {
        calls.push('managed');
        return work({ run: () => managed() });
      },
      close: async () => undefined,
    }),
  } as unknown as Driver;
  return { executor: new Executor(driver, 'neo4j', 1_000), calls };
}

describe('Executor.read', () => {
  it('answers from one auto-commit query', async () => {
    const { executor, calls } = standInDriver(async () => records([{ n: 1 }]), async () => records([]));
    expect(await executor.read({ cypher: 'RETURN 1 AS n' }, 'probe')).toEqual([{ n: 1 }]);
    expect(calls).toEqual(['run RETURN 1 AS n as probe']);
  });

  it('sends the query again in a managed transaction after a retryable failure', async () => {
    const { executor, calls } = standInDriver(async () => { throw failure('Neo.TransientError.Transaction.DeadlockDetected'); }, async () => records([{ n: 2 }]));
    expect(await executor.read({ cypher: 'RETURN 2 AS n' })).toEqual([{ n: 2 }]);
    expect(calls).toEqual(['run RETURN 2 AS n as read', 'managed']);
  });

  it('does not send a refused query again, and maps the error', async () => {
    const { executor, calls } = standInDriver(async () => { throw failure('Neo.ClientError.Statement.SyntaxError'); }, async () => records([]));
    await expect(executor.read({ cypher: 'RETURN' })).rejects.toMatchObject({ code: ErrorCode.DatabaseError });
    expect(calls).toEqual(['run RETURN as read']);
  });
});
