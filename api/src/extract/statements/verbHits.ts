import type { VerbHit } from './rules/index';
import { lookupSpeechVerb, modifierPhrasePattern, speechVerbPattern, type SpeechVerb } from './speechVerbs';
import type { Unit } from './units';

const PATTERN = speechVerbPattern();
const MODIFIED = modifierPhrasePattern();
// Cheap gate for the modifier phrases ("expressed their deep gratitude").
const MODIFIED_HINT = /\b(?:express|voic)/i;
// The left edge is Unicode-aware: with a plain \b, the "a" ending "Siliņa" would read as the article "a".
const DETERMINER_BEFORE = /(?:(?<![\p{L}\p{N}_])(?:the|a|an|its|his|her|their|our|my|your|these|those|this|that)|['\u2019]s?)\s+$/iu;
const SENTENCE_START = /(?:^|[.!?"\u201d]\s+)$/;
// "was told", "were warned", "has been accused": the subject heard or suffered the act, it did not speak.
const PASSIVE_BEFORE = /(?<![\p{L}\p{N}_])(?:was|were|been|being|be|is|are|get|gets|got)\s+(?:\p{L}+ly\s+)?$/iu;

/** The speech verbs in a unit's narration (quoted words are masked, so verbs inside quotations are never found). */
export function findVerbHits(unit: Unit): VerbHit[] {
  const hits: VerbHit[] = [];
  PATTERN.lastIndex = 0;
  for (const m of unit.frame.matchAll(PATTERN)) {
    const verb = lookupSpeechVerb(m[0]);
    if (!verb || !isVerbUse(unit.frame, m.index, m[0], verb)) continue;
    hits.push({ start: unit.start + m.index, end: unit.start + m.index + m[0].length, text: m[0], verb });
  }
  if (!MODIFIED_HINT.test(unit.frame)) return hits;
  // A modifier phrase replaces the shorter hit it starts with ("expressed" in "expressed their gratitude").
  for (const m of unit.frame.matchAll(MODIFIED)) {
    const verb = lookupSpeechVerb(m[0]);
    if (!verb || !isVerbUse(unit.frame, m.index, m[0], verb)) continue;
    const start = unit.start + m.index;
    const hit = { start, end: start + m[0].length, text: m[0], verb };
    const i = hits.findIndex((h) => h.start === start);
    if (i >= 0) hits[i] = hit;
    else hits.push(hit);
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** False for noun and name uses: "so-called", "the United States", "Moscow's demands", "the comments". */
function isVerbUse(frame: string, at: number, text: string, verb: SpeechVerb): boolean {
  if (frame[at - 1] === '-') return false;
  // Capitalised only as a sentence-opening phrase ("According to …").
  if (!/^\p{Ll}/u.test(text) && !(verb.lemma.includes(' ') && SENTENCE_START.test(frame.slice(0, at)))) return false;
  const before = frame.slice(Math.max(0, at - 24), at);
  if (PASSIVE_BEFORE.test(before) && !/ing$/i.test(text) && !/^quoted/i.test(text)) return false;
  return !DETERMINER_BEFORE.test(before.slice(-12));
}
