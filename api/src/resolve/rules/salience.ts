import type { KnownPerson, SurnameMention } from '../types';
import { principalTargets } from './principalTargets';

/** A candidate needs at least this many articles naming it in full before its salience can decide a surname-only mention. */
export const SALIENCE_MIN = 15;
/** ... and this many times as many as every other candidate with that surname. */
export const SALIENCE_RATIO = 10;

/**
 * The salience prior: when the evidence cannot tell the candidates for a surname-only mention apart, a surname alone means the person
 * the corpus names far more often (at least SALIENCE_MIN articles naming them in full, SALIENCE_RATIO times any other candidate),
 * provided no other candidate has more evidence and none against it, and the article does not point elsewhere (`pointsElsewhere`).
 * Returns that candidate's id, or null.
 */
export function salientCandidate(scored: ReadonlyArray<{ id: string; score: number }>, candidates: readonly KnownPerson[], mention: SurnameMention): string | null {
  const top = scored[0];
  if (!top || top.score < 0) return null;
  const tied = scored.filter((s) => s.score === top.score);
  const count = (id: string) => candidates.find((c) => c.id === id)?.namedInFull ?? 0;
  const byCount = [...tied].sort((a, b) => count(b.id) - count(a.id));
  const best = byCount[0];
  if (!best) return null;
  const others = Math.max(0, ...scored.filter((s) => s.id !== best.id).map((s) => count(s.id)));
  if (count(best.id) < SALIENCE_MIN || count(best.id) < SALIENCE_RATIO * Math.max(1, others)) return null;
  return pointsElsewhere(mention, best.id, candidates.filter((c) => scored.some((s) => s.id === c.id))) ? null : best.id;
}

/**
 * The article mentions a country or organisation that another candidate mainly serves and none that the salient one does: a prior
 * drawn from the whole corpus must not outvote what this article says about where the person comes from.
 */
export function pointsElsewhere(mention: SurnameMention, salientId: string, candidates: readonly KnownPerson[]): boolean {
  const mentions = (c: KnownPerson) => [...principalTargets(c)].some((t) => mention.mentioned.includes(t));
  const salient = candidates.find((c) => c.id === salientId);
  if (salient && mentions(salient)) return false;
  return candidates.some((c) => c.id !== salientId && mentions(c));
}
