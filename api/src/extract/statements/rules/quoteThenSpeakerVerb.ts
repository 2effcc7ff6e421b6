import { frameSlice } from './clause';
import type { AttributionRule, Cue } from './types';
import { MASK } from '../units';

/** `"…," X said` and `"…", the head of … said`: the speaker phrase sits between a closing quotation and the verb. */
export const quoteThenSpeakerVerb: AttributionRule = {
  name: 'quoteThenSpeakerVerb',
  apply(ctx) {
    const cues: Cue[] = [];
    for (const hit of ctx.hits) {
      const before = frameSlice(ctx, ctx.unit.start, hit.start);
      const lastMask = before.lastIndexOf(MASK);
      if (lastMask < 0) continue;
      const between = before.slice(lastMask + 1);
      const m = /^[,.!?]?["\u201d\u00bb\u2019'][,]?(\s+[^.;:!?"\u201c\u201d]{1,120}?)\s*$/.exec(between);
      if (!m || !m[1]) continue;
      const start = ctx.unit.start + lastMask + 1 + (between.length - m[1].length - (between.length - between.trimEnd().length));
      cues.push({ rule: this.name, hit, speaker: { start, end: hit.start, direction: 'before' }, content: null });
    }
    return cues;
  },
};
