import { addMention, countryAt } from '../context';
import type { EntityRule } from '../context';
import { registerOrganization } from '../registry';

/**
 * Governments named with their country after "of": "the Government of Chad", "the government of Peru". The phrase names its
 * owner, so a country named earlier in the sentence ("Libyan smugglers ... the Government of Chad") never takes it.
 */
export const governmentOfCountry: EntityRule = {
  name: 'governmentOfCountry',
  apply(ctx) {
    const { tokens, body } = ctx;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const t = tokens[i];
      if (!t || t.lower !== 'government' || ctx.claimed[i] || tokens[i + 1]?.lower !== 'of' || ctx.claimed[i + 2] !== 'country') continue;
      // "the transitional government of Mali", "the Royal Government of Cambodia": a qualified government is other rules' to name.
      const prev = tokens[i - 1];
      if (prev && prev.sentence === t.sentence && !/^(the|a)$/i.test(prev.text) && /^[\p{L}-]+$/u.test(prev.text) && (/^\p{Lu}/u.test(prev.text) || !/^(to|by|with|from|for|and|on|of|in|at|that|said|told|urged|asked|called)$/.test(prev.lower))) continue;
      const country = countryAt(ctx, i + 2);
      if (!country || country.start !== tokens[i + 2]?.start) continue;
      let end = i + 2;
      while (tokens[end + 1] && (tokens[end + 1]?.end ?? 0) <= country.end) end++;
      // "the Government of Chad Basin states": a longer capitalised name goes on, and is not this country's government.
      const after = tokens[end + 1];
      if (after && after.sentence === t.sentence && /^\p{Lu}/u.test(after.text) && /^\s+$/.test(body.slice(tokens[end]?.end ?? 0, after.start))) continue;
      const iso3 = country.ref.id.slice('country:'.length);
      const ref = registerOrganization(ctx, `${iso3}-government`, `Government of ${country.ref.name}`, 'government', country.ref.id, body.slice(t.start, tokens[end]?.end ?? t.end));
      addMention(ctx, i, end + 1, ref, 'name');
      ctx.claimed[i] = 'org';
      ctx.claimed[i + 1] = 'org';
    }
  },
};
