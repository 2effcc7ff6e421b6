import { registerTreaty } from '../../registry';
import { isTaken, takeTreaty, type TreatyPass } from './shared';

const QUOTED_TITLE = /[‘“"]((?:Agreement|Treaty|Accord|Declaration|Protocol|Pact|Convention|Charter|Memorandum) (?:on|of|for|between) [^’”"\n]{3,120}?)[’”"]/gu;

/** A document title in quotation marks ("a draft called ‘Agreement on the ...’"), taken as written. */
export const quotedTitles: TreatyPass = {
  name: 'quotedTitles',
  apply(ctx, state) {
    for (const m of ctx.body.matchAll(QUOTED_TITLE)) {
      if (isTaken(state, m.index, m.index + m[0].length)) continue;
      const text = m[1] ?? '';
      const start = m.index + 1;
      takeTreaty(ctx, state, registerTreaty(ctx, text, true), start, start + text.length, text);
    }
  },
};
