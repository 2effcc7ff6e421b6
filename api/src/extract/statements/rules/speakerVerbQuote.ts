import { clauseStartBefore, frameSlice } from './clause';
import type { AttributionRule, Cue } from './types';

/** `X said: "…"` and `X told reporters, "…"`: the subject precedes the verb and a quotation follows it. */
export const speakerVerbQuote: AttributionRule = {
  name: 'speakerVerbQuote',
  apply(ctx) {
    const cues: Cue[] = [];
    for (const hit of ctx.hits) {
      const after = frameSlice(ctx, hit.end, ctx.unit.end);
      if (!/^(?:\s+[\p{Ll}\p{Lu}][\p{L}.]*){0,4}\s*[:,]?\s*["\u201c\u00ab\u2018']\u00a4/u.test(after)) continue;
      cues.push({ rule: this.name, hit, speaker: { start: clauseStartBefore(ctx, hit.start), end: hit.start, direction: 'before' }, content: null });
    }
    return cues;
  },
};
