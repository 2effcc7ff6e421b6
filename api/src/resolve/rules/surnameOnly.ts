import { personNameTokens } from '../../extract/entities/ids';
import type { KnownPerson, SurnameEvidence, SurnameMention } from '../types';
import { salientCandidate } from './salience';

/** How far the best candidate must score above the second before a surname-only mention is linked to it. */
export const SURNAME_MARGIN = 2;

/** A candidate and the summed score of the evidence for it. */
export interface ScoredCandidate {
  id: string;
  score: number;
}

/**
 * Places a person an article names by surname alone ("Novak") among the known full-name persons with that surname, by summed
 * evidence: the only candidate unless the evidence is against it; among several, the best only when it scores above zero and at least
 * SURNAME_MARGIN above the next, else (`salience.ts`) the far more often named candidate. Returns the id, or null to keep the mention on its own surname-only node. Pure; the answer does not
 * depend on the order of `candidates`.
 */
export function chooseBySurname(mention: SurnameMention, candidates: readonly KnownPerson[], evidence: readonly SurnameEvidence[]): string | null {
  const surname = personNameTokens(mention.name).at(-1);
  const scored: ScoredCandidate[] = candidates
    .filter((c) => {
      const tokens = personNameTokens(c.name);
      return tokens.length >= 2 && tokens.at(-1) === surname;
    })
    .map((c) => ({ id: c.id, score: evidence.reduce((sum, e) => sum + e.score(mention, c), 0) }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  const [best, second] = scored;
  if (!best) return null;
  if (!second) return best.score >= 0 ? best.id : null;
  if (best.score > 0 && best.score - second.score >= SURNAME_MARGIN) return best.id;
  // The evidence cannot tell them apart: a surname alone means the far more often named one (the salience prior).
  return salientCandidate(scored, candidates, mention);
}
