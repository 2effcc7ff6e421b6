import { clauseEndAfter, clauseStartBefore } from './clause';
import type { AttributionRule, Cue } from './types';

/** `according to X, …` and `…, according to X.`: the source follows the phrase; the rest of the sentence is what it said. */
export const accordingTo: AttributionRule = {
  name: 'accordingTo',
  apply(ctx) {
    const cues: Cue[] = [];
    for (const hit of ctx.hits) {
      if (hit.verb.lemma !== 'according to') continue;
      const sourceEnd = Math.min(clauseEndAfter(ctx, hit.end), commaAfter(ctx, hit.end));
      const clauseStart = clauseStartBefore(ctx, hit.start);
      const leading = ctx.body.slice(clauseStart, hit.start).trim().length < 3;
      const content = leading ? { start: sourceEnd + 1, end: clauseEndAfter(ctx, sourceEnd + 1) } : { start: clauseStart, end: hit.start };
      cues.push({ rule: this.name, hit, speaker: { start: hit.end, end: sourceEnd, direction: 'after' }, content });
    }
    return cues;
  },
};

/** Body offset of the next comma in the unit after `at`, or the unit end. */
function commaAfter(ctx: { body: string; unit: { end: number } }, at: number): number {
  const i = ctx.body.indexOf(',', at);
  return i < 0 || i > ctx.unit.end ? ctx.unit.end : i;
}
