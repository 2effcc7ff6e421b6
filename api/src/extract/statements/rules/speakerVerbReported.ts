import { clauseEndAfter, clauseStartBefore } from './clause';
import type { AttributionRule, Cue } from './types';

/** `X denied/warned/noted/said (that) …`: the subject precedes the verb and the reported clause follows it (partial quotations inside are kept). */
export const speakerVerbReported: AttributionRule = {
  name: 'speakerVerbReported',
  apply(ctx) {
    const cues: Cue[] = [];
    for (const hit of ctx.hits) {
      const content = { start: hit.end, end: Math.max(hit.end, sentenceEnd(ctx.body, hit.end, ctx.unit.end, clauseEndAfter(ctx, hit.end))) };
      cues.push({ rule: this.name, hit, speaker: { start: clauseStartBefore(ctx, hit.start), end: hit.start, direction: 'before' }, content });
    }
    return cues;
  },
};

/** End of the sentence holding `from` (the unit end when the sentence runs on), at least `min`. */
function sentenceEnd(body: string, from: number, unitEnd: number, min: number): number {
  const m = /[.!?](?=\s|$)/.exec(body.slice(from, unitEnd));
  return Math.max(min, m ? from + m.index : unitEnd);
}
