import { describe, expect, it } from 'vitest';
import { toProjectError } from '../../../api/src/db/executor';
import { ErrorCode } from '../../../api/src/errors/index';

const driverError = (code: string, message = 'boom') => Object.assign(new Error(message), { code });

describe('toProjectError', () => {
  it.each([
    ['ServiceUnavailable', ErrorCode.DatabaseUnavailable],
    ['ECONNREFUSED', ErrorCode.DatabaseUnavailable],
    ['Neo.TransientError.General.DatabaseUnavailable', ErrorCode.DatabaseUnavailable],
    ['Neo.TransientError.Transaction.DeadlockDetected', ErrorCode.DatabaseTransient],
    ['Neo.TransientError.Transaction.LockClientStopped', ErrorCode.DatabaseTransient],
    ['SessionExpired', ErrorCode.DatabaseTransient],
    ['Neo.ClientError.Cluster.NotALeader', ErrorCode.DatabaseTransient],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', ErrorCode.QueryTimeout],
    ['Neo.ClientError.Statement.SyntaxError', ErrorCode.DatabaseError],
  ])('%s → %s', (code, expected) => {
    const err = toProjectError(driverError(code)) as unknown as { code?: ErrorCode; extensions: Record<string, unknown> };
    expect(err.code).toBe(expected);
    expect(err.extensions.retryable === true).toBe(expected === ErrorCode.DatabaseUnavailable || expected === ErrorCode.DatabaseTransient);
  });

  it("keeps the driver's cause, not its paragraph about encryption settings", () => {
    const err = toProjectError(driverError('ServiceUnavailable', 'Failed to connect to server. Please ensure … Caused by: connect ECONNREFUSED 127.0.0.1:7687'));
    expect(err.message).toBe('db: Neo4j is unavailable (connect ECONNREFUSED 127.0.0.1:7687); check that it is running (diplograph db status)');
  });
});
