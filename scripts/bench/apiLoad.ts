// Drives one operation at one concurrency with autocannon against the local server, and measures it: latency percentiles
// from every response's own duration, requests/s, and errors — transport errors, timeouts, non-2xx answers, and GraphQL
// errors inside a 200 answer (the body is checked for an `errors` member).
import autocannon from 'autocannon';
import type { GraphqlRequest } from './apiWorkload';

/** The figures of one run. */
export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** The first few error messages, for diagnosis. */
  samples: string[];
}

/** How long and how hard one run goes. */
export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  maxRequests: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Whether a GraphQL answer body carries errors; returns the first message when it does. */
export function graphqlError(body: string): string | null {
  // Cheap test first: the load generator shares the CPU with the server it measures.
  if (!body.includes('"errors"')) return body.length > 0 ? null : 'empty body';
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ message?: string; extensions?: { code?: string } }> };
    const first = parsed.errors?.[0];
    if (!first) return null;
    return `${first.extensions?.code ?? 'ERROR'}: ${first.message ?? ''}`.slice(0, 300);
  } catch {
    return `unparsable body: ${body.slice(0, 120)}`;
  }
}

/** Sends `bodies` (cycled, shared by all connections) for the given time or request count, whichever ends first. */
export async function runLoad(bodies: readonly GraphqlRequest[], options: LoadOptions): Promise<LoadResult> {
  const encoded = bodies.map((b) => JSON.stringify(b));
  let next = 0;
  const durations: number[] = [];
  const samples: string[] = [];
  let bodyErrors = 0;
  const note = (message: string) => {
    if (samples.length < 5 && !samples.includes(message)) samples.push(message);
  };
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (err: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    // Not `amount`: autocannon ignores the duration when it is set; the request cap is enforced below instead.
    duration: options.durationSeconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: encoded[next++ % encoded.length] }),
        onResponse: (status, body) => {
          const problem = status === 200 ? graphqlError(body) : `HTTP ${status}: ${body.slice(0, 200)}`;
          if (problem) {
            if (status === 200) bodyErrors++;
            note(problem);
          }
        },
      },
    ],
  }, (err: unknown, result: autocannon.Result) => (err ? fail(err) : finish(result)));
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    durations.push(responseTime);
    if (durations.length === options.maxRequests) instance.stop();
  });
  const result = await done;
  durations.sort((a, b) => a - b);
  const seconds = result.duration;
  if (result.errors > 0) note(`${result.errors} transport errors (${result.timeouts} timeouts)`);
  return {
    requests: durations.length,
    seconds,
    perSecond: durations.length / seconds,
    p50: percentile(durations, 50),
    p95: percentile(durations, 95),
    p99: percentile(durations, 99),
    errors: result.errors + result.non2xx + bodyErrors,
    samples,
  };
}

/** Sends one request and returns the parsed answer, for warm-up checks and for reading cursors. */
export async function postOnce(url: string, body: GraphqlRequest): Promise<{ status: number; json: { data?: Record<string, unknown> | null; errors?: unknown[] }; text: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  let json: { data?: Record<string, unknown> | null; errors?: unknown[] } = {};
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    // Reported by the caller through graphqlError(text).
  }
  return { status: res.status, json, text };
}
