import { COUNTRIES } from '../../gazetteer/countries';
import { AMBIGUOUS_NAMES } from '../../gazetteer/countryOverrides';
import { isKnownFirstName } from '../../gazetteer/nameLexicon';
import { addMention, countryRef } from '../context';
import type { EntityRule } from '../context';

/** Country names, aliases ("U.S.", "Britain") and demonyms ("Venezuelan"); region phrases ("South China Sea") block a match. Capitals are left to `capitalAsGovernment`. */
export const countryNames: EntityRule = {
  name: 'countryNames',
  apply(ctx) {
    const { tokens } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      if (ctx.claimed[i]) continue;
      const hit = COUNTRIES.phrases.match(tokens, i);
      if (!hit) continue;
      const { iso3, form } = hit.value;
      const to = i + hit.length;
      if (form === 'blocked') {
        for (let k = i; k < to; k++) ctx.claimed[k] = 'blocked';
        i = to - 1;
        continue;
      }
      if (form === 'capital') continue;
      const last = tokens[to - 1];
      // "Jordan Bardella", "Chad Smith": a country word that is really a first name.
      if (hit.length === 1 && AMBIGUOUS_NAMES.has(tokens[i]?.text ?? '') && tokens[to]?.cap && !last?.possessive) continue;
      // "Michael Jordan": after a given name it is a surname.
      if (hit.length === 1 && AMBIGUOUS_NAMES.has(tokens[i]?.text ?? '') && tokens[i - 1]?.cap && isKnownFirstName(tokens[i - 1]?.text ?? '')) continue;
      addMention(ctx, i, to, countryRef(ctx, iso3), form === 'demonym' ? 'demonym' : form === 'alias' ? 'alias' : 'name', 'country');
      i = to - 1;
    }
  },
};
