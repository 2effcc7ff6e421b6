import { clauseStartBefore, frameSlice } from './clause';
import type { AttributionRule, Cue } from './types';

// What may stand between a sentence-final speech verb and the full stop ("…, the minister said on Friday.").
const TRAILER = /^(?:\s+(?:on|in|at|late|early|last|this|earlier|later|today|yesterday|tonight|a|an|the|[\p{Lu}\d][\p{L}\d.]*|statement|press|news|conference|interview|morning|afternoon|evening|night|ago|week|day|days|reporters|journalists)){0,8}\s*[.!?]?\s*$/u;

/** `…, X said.`: reported words first, then a short speaker phrase and a sentence-final verb. */
export const clauseThenSpeakerVerb: AttributionRule = {
  name: 'clauseThenSpeakerVerb',
  apply(ctx) {
    const cues: Cue[] = [];
    for (const hit of ctx.hits) {
      if (!TRAILER.test(frameSlice(ctx, hit.end, ctx.unit.end))) continue;
      const before = frameSlice(ctx, ctx.unit.start, hit.start);
      const comma = before.lastIndexOf(',');
      if (comma < 0) continue;
      const phrase = before.slice(comma + 1);
      if (phrase.length > 100 || !/\S/.test(phrase) || /[\u00a4"\u201c\u201d]/.test(phrase)) continue;
      const commaAt = ctx.unit.start + comma;
      const start = clauseStartBefore(ctx, commaAt);
      if (commaAt - start < 15) continue;
      cues.push({ rule: this.name, hit, speaker: { start: commaAt + 1, end: hit.start, direction: 'before' }, content: { start, end: commaAt } });
    }
    return cues;
  },
};
