import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { DatabaseError, DatabaseTransientError, DatabaseUnavailableError, QueryTimeoutError } from '../errors/index';

/** A parameterised Cypher query; values always travel in `params`, never in the text (CONVENTIONS §5). */
export interface CypherQuery {
  cypher: string;
  params?: Record<string, unknown>;
}

/** Runs queries inside one open transaction; handed to `Executor.writeTransaction` callbacks. */
export interface TransactionRunner {
  run<T extends RecordShape = RecordShape>(query: CypherQuery): Promise<T[]>;
  /** Like `run`, but also returns the write counters (nodes created, relationships deleted …). */
  runWithStats<T extends RecordShape = RecordShape>(query: CypherQuery): Promise<{ rows: T[]; stats: WriteStats }>;
}

/** Write counters of one query, as Neo4j reports them. */
export interface WriteStats {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/** Connection settings for `createExecutor`. */
export interface ExecutorOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Per-transaction timeout of reads in ms (Neo4j ends the transaction after it); default 60 s, `serve` sets NEO4J_QUERY_TIMEOUT_MS. */
  txTimeoutMs?: number;
  /** Per-transaction timeout of writes and auto-commit queries in ms; defaults to `txTimeoutMs`. */
  writeTimeoutMs?: number;
  /** How long managed transactions keep retrying transient errors, in ms (default 30 s). */
  maxRetryTimeMs?: number;
  /** How long a query may wait for a pooled connection, connecting included, in ms (default 20 s). */
  connectionAcquisitionTimeoutMs?: number;
}

/** Gives the graph a new random version token (see graph-schema/README.md, "Graph version"); migration 008 makes `name` unique. */
export const BUMP_GRAPH_VERSION: CypherQuery = {
  cypher: "MERGE (v:__GraphVersion {name: 'graph'}) SET v.token = randomUUID(), v.changedAt = datetime()",
};

// Cannot reach the server at all: the request fails as "unavailable" and /healthz says so.
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'ECONNREFUSED', 'ECONNRESET', 'Neo.TransientError.General.DatabaseUnavailable']);
// The server is there but this transaction lost a race (deadlock, lock wait, leader switch): sending it again may work.
const TRANSIENT_CODE = /^Neo\.TransientError\./;
const RETRYABLE_CLIENT_CODES = new Set(['SessionExpired', 'Neo.ClientError.Cluster.NotALeader', 'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * The one place that touches neo4j-driver (CONVENTIONS §4): it picks read or write transactions,
 * sets timeouts and metadata, closes sessions in `finally`, and turns driver errors into the project's typed errors.
 */
export class Executor {
  readonly database: string;
  private readonly driver: Driver;
  private readonly txTimeoutMs: number;
  private readonly writeTimeoutMs: number;

  // Shared by every executor made from this one with `withTimeouts`: they write to the same database.
  private readonly writeListeners: Set<() => void>;

  constructor(driver: Driver, database: string, txTimeoutMs = 60_000, writeTimeoutMs = txTimeoutMs, writeListeners = new Set<() => void>()) {
    this.driver = driver;
    this.writeListeners = writeListeners;
    this.database = database;
    this.txTimeoutMs = txTimeoutMs;
    this.writeTimeoutMs = writeTimeoutMs;
  }

  /**
   * Runs a read query and returns plain row objects; throws DatabaseUnavailableError, DatabaseTransientError, QueryTimeoutError
   * or DatabaseError.
   *
   * The query first runs as an auto-commit read: one message to Neo4j and one answer, where a managed transaction takes three
   * (BEGIN, RUN with PULL, COMMIT), each a socket write and a wake-up on both sides; an API request runs several reads and this
   * was a large part of its CPU. Only when that fails with a retryable error (a lost connection, a transient failure) is the
   * query sent again in a managed read transaction, with the driver's retries as before.
   */
  async read<T extends RecordShape = RecordShape>(query: CypherQuery, label = 'read'): Promise<T[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    const config = this.txConfig(label, this.txTimeoutMs);
    const work = session
      .run(query.cypher, query.params ?? {}, config)
      .then((result) => result.records.map((r) => r.toObject() as T))
      .catch((err: unknown) => {
        if (!isRetryable(err)) throw err;
        return session.executeRead((tx) => runRows<T>(tx, query), config);
      });
    let timedOut = false;
    try {
      // The transaction timeout is enforced by the server; a server that stops answering altogether (frozen, cut off
      // mid-query) is caught here, so a read never hangs.
      return await withTimeout(work, this.txTimeoutMs * 2 + 5_000);
    } catch (err) {
      timedOut = err instanceof TimeoutError;
      throw toProjectError(err);
    } finally {
      if (timedOut) {
        work.catch(() => undefined);
        void session.close().catch(() => undefined);
      } else {
        await session.close();
      }
    }
  }

  /** Runs one write query in a managed write transaction (retried on transient errors) and returns its rows. */
  async write<T extends RecordShape = RecordShape>(query: CypherQuery, label = 'write'): Promise<T[]> {
    return this.writeTransaction((tx) => tx.run<T>(query), label);
  }

  /**
   * Runs `work` in one managed write transaction: everything it writes commits together or not at all.
   * The driver retries the whole callback on transient errors, so `work` must be free of outside side effects.
   */
  async writeTransaction<R>(work: (tx: TransactionRunner) => Promise<R>, label = 'write'): Promise<R> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const committed = await session.executeWrite(async (tx) => {
        const runner = wrapTransaction(tx);
        const result = await work(runner);
        // Every committed write gives the graph a new version token, in the same transaction: API response caches in any
        // process key on it (api/src/graphql/cache), so a write from the CLI or another server invalidates them too.
        await runner.run(BUMP_GRAPH_VERSION);
        return result;
      }, this.txConfig(label, this.writeTimeoutMs));
      this.notifyWrite();
      return committed;
    } catch (err) {
      throw toProjectError(err);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs a query outside an explicit transaction, for schema commands and `CALL { … } IN TRANSACTIONS`; `timeoutMs` overrides the
   * write timeout for long maintenance work such as a migration's backfill (the outer transaction lasts as long as all its batches).
   */
  async autoCommit<T extends RecordShape = RecordShape>(query: CypherQuery, database = this.database, timeoutMs = this.writeTimeoutMs): Promise<T[]> {
    const session = this.driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const result = await session.run(query.cypher, query.params ?? {}, { timeout: timeoutMs });
      // Queries on the system database (serverInfo's health probes) change no graph data.
      if (database === this.database) this.notifyWrite();
      return result.records.map((r) => r.toObject() as T);
    } catch (err) {
      throw toProjectError(err);
    } finally {
      await session.close();
    }
  }

  /** Checks that the server answers and returns its version and edition; throws DatabaseUnavailableError when it does not. */
  async serverInfo(timeoutMs = 3000): Promise<{ version: string; edition: string }> {
    const query = { cypher: 'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition' };
    const deadline = Date.now() + timeoutMs;
    // After a server restart the pool still holds dead connections: the first attempt fails and purges them,
    // so one more attempt on a fresh connection tells the truth.
    for (let attempt = 1; ; attempt++) {
      try {
        const rows = await withTimeout(this.autoCommit<{ version: string; edition: string }>(query, 'system'), Math.max(deadline - Date.now(), 1));
        const row = rows[0];
        if (!row) throw new DatabaseUnavailableError('db: dbms.components() returned nothing');
        return row;
      } catch (err) {
        if (attempt >= 2 || Date.now() >= deadline || !(toProjectError(err) instanceof DatabaseUnavailableError)) throw toProjectError(err);
      }
    }
  }

  /**
   * The same connection pool with other transaction timeouts: `serve` runs its start-up work (migrations, samples) on a
   * cold server with generous ones and API requests with short ones. Closing either closes the shared driver.
   */
  withTimeouts(txTimeoutMs: number, writeTimeoutMs = txTimeoutMs): Executor {
    return new Executor(this.driver, this.database, txTimeoutMs, writeTimeoutMs, this.writeListeners);
  }

  /**
   * Calls `listener` after each committed write transaction or auto-commit query of this executor (or of one made from it by
   * `withTimeouts`); returns the function that removes it. The API's response cache forgets the graph's version with it, so
   * this process's own writes are seen by the very next request.
   */
  onCommittedWrite(listener: () => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  private notifyWrite(): void {
    for (const listener of this.writeListeners) listener();
  }

  /** Closes the driver and its connection pool. */
  async close(): Promise<void> {
    await this.driver.close();
  }

  private txConfig(label: string, timeout: number) {
    return { timeout, metadata: { app: 'diplograph', op: label } };
  }
}

/** Opens a driver for the given server and wraps it in an Executor; does not contact the server. */
export function createExecutor(options: ExecutorOptions): Executor {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: options.maxRetryTimeMs ?? 30_000,
    connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? 20_000,
    connectionTimeout: Math.min(5_000, options.connectionAcquisitionTimeoutMs ?? 5_000),
    userAgent: 'diplograph',
  });
  return new Executor(driver, options.database, options.txTimeoutMs, options.writeTimeoutMs);
}

function wrapTransaction(tx: ManagedTransaction): TransactionRunner {
  return {
    run: (query) => runRows(tx, query),
    runWithStats: async <T extends RecordShape>(query: CypherQuery) => {
      const result = await tx.run(query.cypher, query.params ?? {});
      return { rows: result.records.map((r) => r.toObject() as T), stats: statsOf(result) };
    },
  };
}

async function runRows<T extends RecordShape>(tx: ManagedTransaction, query: CypherQuery): Promise<T[]> {
  const result = await tx.run(query.cypher, query.params ?? {});
  return result.records.map((r) => r.toObject() as T);
}

function statsOf(result: QueryResult): WriteStats {
  const u = result.summary.counters.updates();
  return {
    nodesCreated: u.nodesCreated,
    nodesDeleted: u.nodesDeleted,
    relationshipsCreated: u.relationshipsCreated,
    relationshipsDeleted: u.relationshipsDeleted,
    propertiesSet: u.propertiesSet,
  };
}

/**
 * Maps a driver error to the project's typed errors: DatabaseUnavailableError (cannot reach the server), DatabaseTransientError
 * (a deadlock or leader switch outlasted the driver's retries: retryable, the server itself is fine), QueryTimeoutError (the
 * transaction timeout ended it) or DatabaseError (the server refused).
 */
export function toProjectError(err: unknown): Error {
  if (err instanceof DatabaseUnavailableError || err instanceof DatabaseError || err instanceof DatabaseTransientError || err instanceof QueryTimeoutError) return err;
  const code = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : null;
  const message = err instanceof Error ? err.message : String(err);
  if (code && UNAVAILABLE_CODES.has(code)) {
    return new DatabaseUnavailableError(`db: Neo4j is unavailable (${causeOf(message)}); check that it is running (diplograph db status)`, { cause: err });
  }
  if (code && TIMEOUT_CODES.has(code)) {
    return new QueryTimeoutError('db: the query ran past its time limit and was stopped; ask for less (a smaller depth, limit or date window) or raise NEO4J_QUERY_TIMEOUT_MS', { cause: err });
  }
  if (code && (TRANSIENT_CODE.test(code) || RETRYABLE_CLIENT_CODES.has(code))) {
    return new DatabaseTransientError(`db: Neo4j reported a transient failure (${firstLine(message)}); send the same request again`, code, { cause: err });
  }
  if (err instanceof TimeoutError) return new DatabaseUnavailableError(`db: ${err.message}`, { cause: err });
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new DatabaseError('db: Neo4j refused the credentials; check NEO4J_USER and NEO4J_PASSWORD (or .neo4j/password)', code, { cause: err });
  }
  return new DatabaseError(`db: ${firstLine(message)}`, code, { cause: err });
}

/** Whether sending the same read again may work: the connection was lost or the server reported a transient failure. */
function isRetryable(err: unknown): boolean {
  const code = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : null;
  return code !== null && (UNAVAILABLE_CODES.has(code) || TRANSIENT_CODE.test(code) || RETRYABLE_CLIENT_CODES.has(code));
}

class TimeoutError extends Error {}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutError(`Neo4j did not answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

// The driver's connection message is a paragraph about encryption settings; its "Caused by" part is the useful bit.
function causeOf(message: string): string {
  return (/Caused by: ([^\n]+)/.exec(message)?.[1] ?? firstLine(message)).trim();
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
