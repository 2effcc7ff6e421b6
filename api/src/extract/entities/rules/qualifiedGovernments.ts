import { addMention, countryAt, mentionsOn } from '../context';
import type { EntityContext, EntityRule } from '../context';
import { registerOrganization } from '../registry';
import { datelineCountry } from './contextOwners';

// Kinds of government a story names without a country word before them ("the interim government").
const QUALIFIERS = new Set(['interim', 'military', 'transitional', 'caretaker', 'federal', 'coalition', 'civilian', 'unity', 'junta-led', 'army-backed', 'military-led', 'military-backed', 'elected']);
const OFFICE_TITLES = /^(Prime Minister|President|Chancellor|Premier)$/;

/** The country of a government phrase with no country word: the dateline country, else the country named last within the paragraph before. */
function contextCountry(ctx: EntityContext, i: number): string | null {
  const dateline = datelineCountry(ctx);
  if (dateline) return dateline.id;
  const limit = (ctx.tokens[i]?.start ?? 0) - 600;
  for (let k = i - 1; k >= 0 && (ctx.tokens[k]?.start ?? 0) > limit; k--) {
    const m = mentionsOn(ctx, k).find((x) => x.ref.kind === 'Country');
    if (m) return m.ref.id;
  }
  return null;
}

/** Governments named by their kind ("Myanmar's military government", "the interim government") and leaders' offices ("Israel's Prime Minister's Office"); both share the country's government or office id. */
export const qualifiedGovernments: EntityRule = {
  name: 'qualifiedGovernments',
  apply(ctx) {
    const { tokens, body } = ctx;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      const prev = tokens[i - 1];
      if (!t || !prev || ctx.claimed[i] || t.sentence !== prev.sentence) continue;
      // "<country>'s Prime Minister's Office", "the Office of the President".
      const titleFrom = prev.text === 'Minister' && tokens[i - 2]?.text === 'Prime' ? i - 2 : i - 1;
      if (t.text === 'Office' && prev.possessive && OFFICE_TITLES.test(body.slice(tokens[titleFrom]?.start ?? 0, prev.end))) {
        const owner = ctx.claimed[titleFrom - 1] === 'country' ? countryAt(ctx, titleFrom - 1) : undefined;
        const country = owner?.ref.id ?? contextCountry(ctx, titleFrom);
        if (!country) continue;
        const title = body.slice(tokens[titleFrom]?.start ?? 0, prev.end);
        const name = ctx.countryNames.get(country.slice('country:'.length)) ?? country;
        const surface = body.slice(tokens[titleFrom]?.start ?? 0, t.end);
        const ref = registerOrganization(ctx, `${country.slice('country:'.length)}-${title.toLowerCase().replace(/\s+/g, '-')}-office`, `${title}'s Office of ${name}`, 'government', country, surface);
        addMention(ctx, titleFrom, i + 1, ref, 'name', 'org');
        continue;
      }
      if (t.lower !== 'government' || !QUALIFIERS.has(prev.lower) || ctx.claimed[i - 1]) continue;
      const owner = ctx.claimed[i - 2] === 'country' ? countryAt(ctx, i - 2) : undefined;
      if (!owner && tokens[i - 2]?.lower !== 'the') continue;
      const country = owner?.ref.id ?? contextCountry(ctx, i - 1);
      if (!country) continue;
      const iso3 = country.slice('country:'.length);
      const name = ctx.countryNames.get(iso3) ?? iso3;
      const from = owner ? tokens.findIndex((x) => x.start === owner.start) : i - 1;
      const ref = registerOrganization(ctx, `${iso3}-government`, `${prev.text.replace(/^./, (c) => c.toUpperCase())} government of ${name}`, 'government', country, body.slice(tokens[from]?.start ?? 0, t.end));
      ctx.organizations.get(ref.id)?.aliases.add(`${prev.text} government`);
      addMention(ctx, from, i + 1, ref, 'alias', 'org');
      ctx.claimed[i] = 'org';
    }
  },
};
