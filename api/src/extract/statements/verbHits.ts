import type { VerbHit } from './rules/index';
import { lookupSpeechVerb, speechVerbPattern } from './speechVerbs';
import type { Unit } from './units';

const PATTERN = speechVerbPattern();

/** The speech verbs in a unit's narration (quoted words are masked, so verbs inside quotations are never found). */
export function findVerbHits(unit: Unit): VerbHit[] {
  const hits: VerbHit[] = [];
  PATTERN.lastIndex = 0;
  for (const m of unit.frame.matchAll(PATTERN)) {
    const verb = lookupSpeechVerb(m[0]);
    if (!verb) continue;
    // "so-called" and "the said treaty" are not speech.
    if (unit.frame[m.index - 1] === '-') continue;
    hits.push({ start: unit.start + m.index, end: unit.start + m.index + m[0].length, text: m[0], verb });
  }
  return hits;
}
