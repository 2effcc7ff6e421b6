import { describe, expect, it } from 'vitest';
import { GraphVersionClock } from '../../../api/src/graphql/cache/graphVersionClock';

/** A read of the token that the test answers by hand, counting how many were started. */
function manualReads() {
  const waiting: Array<(token: string | null) => void> = [];
  let started = 0;
  return {
    read: () => {
      started += 1;
      return new Promise<string | null>((resolve) => waiting.push(resolve));
    },
    answer: (token: string | null) => waiting.shift()!(token),
    get started() {
      return started;
    },
  };
}

describe('GraphVersionClock', () => {
  it('lets concurrent requests share one read of the token', async () => {
    const reads = manualReads();
    const clock = new GraphVersionClock(reads.read);
    const a = clock.current();
    const b = clock.current();
    expect(reads.started).toBe(1);
    reads.answer('t1');
    expect(await Promise.all([a, b])).toEqual(['t1', 't1']);
  });

  it('reads again for every request that finds no read under way (default: no reuse)', async () => {
    let n = 0;
    const clock = new GraphVersionClock(async () => `t${++n}`);
    expect(await clock.current()).toBe('t1');
    expect(await clock.current()).toBe('t2');
  });

  it('reuses a token younger than maxAgeMs, and reads again once it is older', async () => {
    let now = 0;
    let n = 0;
    const clock = new GraphVersionClock(async () => `t${++n}`, 100, () => now);
    expect(await clock.current()).toBe('t1');
    now = 99;
    expect(await clock.current()).toBe('t1');
    now = 100;
    expect(await clock.current()).toBe('t2');
  });

  it('after invalidate(), does not share a read that started before it', async () => {
    const reads = manualReads();
    let now = 0;
    const clock = new GraphVersionClock(reads.read, 1000, () => now);
    const early = clock.current();
    clock.invalidate();
    const late = clock.current();
    expect(reads.started).toBe(2);
    reads.answer('old');
    reads.answer('new');
    expect(await early).toBe('old');
    expect(await late).toBe('new');
    now = 10;
    expect(await clock.current()).toBe('new');
    expect(reads.started).toBe(2);
  });

  it('gives up waiting after waitMs (Neo4j down: the driver retries for seconds) and answers null', async () => {
    const reads = manualReads();
    const clock = new GraphVersionClock(reads.read, 0, () => performance.now(), 20);
    const t0 = performance.now();
    expect(await clock.current()).toBeNull();
    expect(performance.now() - t0).toBeLessThan(1000);
    // The read still under way is shared, and its answer is used once it comes.
    const later = clock.current();
    expect(reads.started).toBe(1);
    reads.answer('t1');
    expect(await later).toBe('t1');
  });

  it('answers null (cache nothing) when the token cannot be read', async () => {
    const clock = new GraphVersionClock(async () => {
      throw new Error('neo4j down');
    });
    expect(await clock.current()).toBeNull();
  });
});
