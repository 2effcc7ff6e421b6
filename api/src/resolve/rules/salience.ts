import type { KnownPerson } from '../types';

/** A candidate needs at least this many articles naming it in full before its salience can decide a surname-only mention. */
export const SALIENCE_MIN = 15;
/** ... and this many times as many as every other candidate with that surname. */
export const SALIENCE_RATIO = 10;

/**
 * The salience prior: when the evidence cannot tell the candidates for a surname-only mention apart, a surname alone means the person
 * the corpus names far more often (at least SALIENCE_MIN articles naming them in full, SALIENCE_RATIO times any other candidate),
 * provided no other candidate has more evidence and none against it. Returns that candidate's id, or null.
 */
export function salientCandidate(scored: ReadonlyArray<{ id: string; score: number }>, candidates: readonly KnownPerson[]): string | null {
  const top = scored[0];
  if (!top || top.score < 0) return null;
  const tied = scored.filter((s) => s.score === top.score);
  const count = (id: string) => candidates.find((c) => c.id === id)?.namedInFull ?? 0;
  const byCount = [...tied].sort((a, b) => count(b.id) - count(a.id));
  const best = byCount[0];
  if (!best) return null;
  const others = Math.max(0, ...scored.filter((s) => s.id !== best.id).map((s) => count(s.id)));
  return count(best.id) >= SALIENCE_MIN && count(best.id) >= SALIENCE_RATIO * Math.max(1, others) ? best.id : null;
}
