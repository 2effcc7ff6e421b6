import type { VerbHit } from './rules/index';
import { lookupSpeechVerb, speechVerbPattern } from './speechVerbs';
import type { Unit } from './units';

const PATTERN = speechVerbPattern();
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|his|her|their|our|my|your|these|those|this|that)|['\u2019]s?)\s+$/i;

/** The speech verbs in a unit's narration (quoted words are masked, so verbs inside quotations are never found). */
export function findVerbHits(unit: Unit): VerbHit[] {
  const hits: VerbHit[] = [];
  PATTERN.lastIndex = 0;
  for (const m of unit.frame.matchAll(PATTERN)) {
    const verb = lookupSpeechVerb(m[0]);
    if (!verb) continue;
    // "so-called", "the United States", "Moscow's demands", "the comments" are not speech verbs.
    if (unit.frame[m.index - 1] === '-' || !/^\p{Ll}/u.test(m[0]) || DETERMINER_BEFORE.test(unit.frame.slice(Math.max(0, m.index - 12), m.index))) continue;
    hits.push({ start: unit.start + m.index, end: unit.start + m.index + m[0].length, text: m[0], verb });
  }
  return hits;
}
