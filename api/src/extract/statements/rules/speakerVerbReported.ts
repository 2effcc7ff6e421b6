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

// A period that ends an abbreviation ("U.S.", "Mr.", "Gen.") rather than the sentence.
const ABBREVIATION = /(?:\b\p{Lu}|\.\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof|No|Jr|Sr))$/u;

/** End of the sentence holding `from` (the unit end when the sentence runs on), at least `min`; abbreviations do not end it. */
function sentenceEnd(body: string, from: number, unitEnd: number, min: number): number {
  const text = body.slice(from, unitEnd);
  const re = /[.!?](?=\s|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, m.index - 4), m.index)) && /^\s+\p{Lu}/u.test(text.slice(m.index + 1, m.index + 3))) continue;
    return Math.max(min, from + m.index);
  }
  return Math.max(min, unitEnd);
}
