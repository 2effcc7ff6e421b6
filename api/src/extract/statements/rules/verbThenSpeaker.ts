import { clauseEndAfter, clauseStartBefore, frameSlice, followsQuote } from './clause';
import type { AttributionRule, Cue } from './types';

/** `"…," said X` and `…, said X.`: the verb comes straight after a quotation or a comma, and the speaker follows it. */
export const verbThenSpeaker: AttributionRule = {
  name: 'verbThenSpeaker',
  apply(ctx) {
    const cues: Cue[] = [];
    for (const hit of ctx.hits) {
      const afterQuote = followsQuote(ctx, hit.start);
      const before = frameSlice(ctx, ctx.unit.start, hit.start);
      const afterComma = /,\s*$/.test(before) && !afterQuote;
      if (!afterQuote && !afterComma) continue;
      const end = clauseEndAfter(ctx, hit.end);
      const tail = frameSlice(ctx, hit.end, end);
      // "…, said that" or "…, saying the talks…" carry their own clause, not an inverted speaker.
      if (!/^\s+(?:the\s|a\s|an\s|[\p{Lu}])/u.test(tail) || /^\s+that\b/.test(tail)) continue;
      const content = afterComma ? { start: clauseStartBefore(ctx, hit.start), end: hit.start - (before.length - before.trimEnd().length) - 1 } : null;
      cues.push({ rule: this.name, hit, speaker: { start: hit.end, end, direction: 'after' }, content });
    }
    return cues;
  },
};
