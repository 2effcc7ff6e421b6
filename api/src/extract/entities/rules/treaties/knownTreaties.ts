import { KNOWN_TREATIES } from '../../../gazetteer/treaties';
import { PhraseIndex } from '../../../gazetteer/phraseIndex';
import { registerTreaty } from '../../registry';
import { takeTreaty, type TreatyPass } from './shared';

const KNOWN_TREATY_INDEX = (() => {
  const index = new PhraseIndex<string>();
  for (const t of KNOWN_TREATIES) for (const phrase of [t.name, ...t.aliases]) index.add(phrase, t.name);
  return index;
})();

/** Well-known treaties usually named by acronym or short form ("New START", "JCPOA"), from the gazetteer. */
export const knownTreaties: TreatyPass = {
  name: 'knownTreaties',
  apply(ctx, state) {
    for (let i = 0; i < ctx.tokens.length; i++) {
      const hit = KNOWN_TREATY_INDEX.match(ctx.tokens, i);
      if (!hit) continue;
      const start = ctx.tokens[i]?.start ?? 0;
      const end = ctx.tokens[i + hit.length - 1]?.end ?? 0;
      takeTreaty(ctx, state, registerTreaty(ctx, hit.value, true), start, end, ctx.body.slice(start, end));
      i += hit.length - 1;
    }
  },
};
