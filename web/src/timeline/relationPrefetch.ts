import { request } from '../api/client';
import { RelationTimelineDocument, type Interval, type RelationTimelineQuery } from '../api/generated';

/** How long a prefetched relation is kept for the click that should follow the hover. */
const KEEP_MS = 30_000;
/** Prefetches kept at once (hovering across the tone map must not fill memory or the server). */
const MAX = 4;

interface Entry {
  promise: Promise<RelationTimelineQuery>;
  at: number;
}
const entries = new Map<string, Entry>();
const keyOf = (a: string, b: string, interval: Interval): string => `${a}|${b}|${interval}`;

/**
 * Starts loading the relation of a pair (both directions, one request) ahead of the click that opens it: the tone map calls
 * this when the pointer rests on a cell or the keyboard focuses it. Failures are not cached.
 */
export function prefetchRelation(a: string, b: string, interval: Interval): void {
  const key = keyOf(a, b, interval);
  const now = performance.now();
  const cached = entries.get(key);
  if (cached && now - cached.at < KEEP_MS) return;
  const promise = request(RelationTimelineDocument, { a, b, interval });
  promise.catch(() => entries.delete(key));
  entries.set(key, { promise, at: now });
  while (entries.size > MAX) entries.delete(entries.keys().next().value!);
}

/** The relation of a pair: the prefetched request when there is a fresh one (taken, so it is used once), else a new request. */
export function loadRelation(a: string, b: string, interval: Interval, signal: AbortSignal): Promise<RelationTimelineQuery> {
  const key = keyOf(a, b, interval);
  const cached = entries.get(key);
  entries.delete(key);
  if (cached && performance.now() - cached.at < KEEP_MS) return cached.promise;
  return request(RelationTimelineDocument, { a, b, interval }, signal);
}
