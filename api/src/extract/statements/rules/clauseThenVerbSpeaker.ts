import { clauseEndAfter, clauseStartBefore, frameSlice, followsQuote } from './clause';
import { startsSpeakerPhrase } from './quoteThenVerbSpeaker';
import type { AttributionRule, Cue } from './types';

/** `…, said X.`: reported words, a comma, then the verb and a short speaker phrase that ends the sentence. Tried after the subject-first rules, so "Wang, an envoy, said the talks…" keeps its subject. */
export const clauseThenVerbSpeaker: AttributionRule = {
  name: 'clauseThenVerbSpeaker',
  apply(ctx) {
    const cues: Cue[] = [];
    for (const hit of ctx.hits) {
      const before = frameSlice(ctx, ctx.unit.start, hit.start);
      if (!/,\s*$/.test(before) || followsQuote(ctx, hit.start)) continue;
      const end = clauseEndAfter(ctx, hit.end);
      const tail = frameSlice(ctx, hit.end, end);
      // An inverted speaker phrase ("…, said the envoy.") holds no reported clause of its own ("…, told the paper that …").
      if (tail.length > 100 || !startsSpeakerPhrase(tail) || /\bthat\b/.test(tail)) continue;
      const comma = hit.start - (before.length - before.trimEnd().length) - 1;
      cues.push({ rule: this.name, hit, speaker: { start: hit.end, end, direction: 'after' }, content: { start: clauseStartBefore(ctx, comma), end: comma } });
    }
    return cues;
  },
};
