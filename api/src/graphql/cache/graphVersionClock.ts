/**
 * Knows the graph's version token (api/src/query/readGraphVersion.ts) for the response cache. Requests that arrive while a read
 * of the token is under way share it, so under load Neo4j answers at most one such read at a time; a token read less than
 * `maxAgeMs` ago is reused (default 0: every request that finds no read under way starts one, so a write committed by another
 * process, the CLI say, is seen by the next request). `invalidate()` (after a mutation of this process) makes the next request
 * read it again, and a read that was already under way when it was called is not shared with later requests.
 *
 * Null means "no token": the graph was never written through the executor, or Neo4j could not be asked; nothing is cached then.
 */
export class GraphVersionClock {
  private token: string | null = null;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private epoch = 0;
  private pending: { epoch: number; promise: Promise<string | null> } | null = null;

  constructor(
    private readonly read: () => Promise<string | null>,
    private readonly maxAgeMs = 0,
    private readonly now: () => number = () => performance.now(),
    private readonly waitMs = 300,
  ) {}

  /**
   * The current token, read again when the last read is older than `maxAgeMs` or was invalidated. A request waits at most
   * `waitMs` for it and then goes on with null (uncached): with Neo4j down, the driver retries a read for seconds, and the
   * request's own queries already report that; the cache must not add its own wait on top.
   */
  async current(): Promise<string | null> {
    if (this.now() - this.checkedAt < this.maxAgeMs) return this.token;
    const read = this.pending?.epoch === this.epoch ? this.pending.promise : this.startRead();
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), this.waitMs);
      timer.unref?.();
    });
    try {
      return await Promise.race([read, gaveUp]);
    } finally {
      clearTimeout(timer);
    }
  }

  private startRead(): Promise<string | null> {
    const epoch = this.epoch;
    const startedAt = this.now();
    const promise = this.read().then(
      (token) => {
        if (epoch === this.epoch) {
          this.token = token;
          this.checkedAt = startedAt;
        }
        return token;
      },
      // Neo4j unreachable: the request itself will fail with its own error; the cache just stays out of the way.
      () => null,
    );
    const entry = { epoch, promise };
    this.pending = entry;
    void promise.finally(() => {
      if (this.pending === entry) this.pending = null;
    });
    return promise;
  }

  /** Forgets the token: the next `current()` reads it from Neo4j. */
  invalidate(): void {
    this.epoch += 1;
    this.checkedAt = Number.NEGATIVE_INFINITY;
  }
}
