import { addMention } from '../context';
import type { EntityRule } from '../context';
import { placeFrameCountry } from '../placeFrame';
import { registerOrganization } from '../registry';

const SUBJECTS = new Set(['foreign', 'defence', 'defense', 'interior', 'finance', 'trade', 'justice', 'commerce']);

/** "In Beijing, foreign ministry spokesman X said": a lowercase "<portfolio> ministry" with no owner of its own belongs to the country of the sentence's place frame; it shares ids with "Chinese Foreign Ministry". */
export const placeFrameMinistries: EntityRule = {
  name: 'placeFrameMinistries',
  apply(ctx) {
    const { tokens, body } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || ctx.claimed[i] || ctx.claimed[i + 1] || !SUBJECTS.has(t.lower) || !/^ministry$/i.test(tokens[i + 1]?.text ?? '')) continue;
      // An owner right before it ("China's foreign ministry", "the Chinese foreign ministry") is another rule's.
      if (ctx.claimed[i - 1] === 'country' || ctx.claimed[i - 1] === 'org' || tokens[i - 1]?.possessive) continue;
      const iso3 = placeFrameCountry(ctx, t.sentence);
      if (!iso3) continue;
      const subject = t.lower === 'defense' ? 'defence' : t.lower;
      const name = ctx.countryNames.get(iso3) ?? iso3;
      const ref = registerOrganization(ctx, `${iso3}-${subject}-ministry`, `${subject.replace(/^./, (c) => c.toUpperCase())} Ministry of ${name}`, 'ministry', `country:${iso3}`, body.slice(t.start, tokens[i + 1]?.end ?? 0));
      addMention(ctx, i, i + 2, ref, 'name', 'org');
      i += 1;
    }
  },
};
