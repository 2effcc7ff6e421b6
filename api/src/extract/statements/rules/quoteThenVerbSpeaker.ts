import { clauseEndAfter, followsQuote, frameSlice } from './clause';
import type { AttributionRule, Cue } from './types';

/** `"…," said X`: the verb comes straight after a closing quotation and the speaker follows it. */
export const quoteThenVerbSpeaker: AttributionRule = {
  name: 'quoteThenVerbSpeaker',
  apply(ctx) {
    const cues: Cue[] = [];
    for (const hit of ctx.hits) {
      if (!followsQuote(ctx, hit.start)) continue;
      const end = clauseEndAfter(ctx, hit.end);
      if (!startsSpeakerPhrase(frameSlice(ctx, hit.end, end))) continue;
      cues.push({ rule: this.name, hit, speaker: { start: hit.end, end, direction: 'after' }, content: null });
    }
    return cues;
  },
};

/** True when the words after a verb can be an inverted speaker ("the envoy", "Lavrov"), not a clause of its own ("that …"). */
export function startsSpeakerPhrase(tail: string): boolean {
  return /^\s+(?:the\s|a\s|an\s|\p{Lu})/u.test(tail) && !/^\s+that\b/.test(tail);
}
