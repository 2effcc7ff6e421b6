import { COUNTRIES } from '../../gazetteer/countries';
import { addMention, countryAt, mentionsOn } from '../context';
import type { EntityContext, EntityRule } from '../context';
import { registerOrganization } from '../registry';

// Portfolio wordings that mean the same ministry as the short form ("Foreign Affairs" = foreign), so both share one id.
const PORTFOLIOS: Record<string, string> = {
  'foreign affairs': 'foreign', 'external affairs': 'foreign', 'foreign': 'foreign', 'defence': 'defence', 'defense': 'defence',
  'national defence': 'defence', 'national defense': 'defence', 'interior': 'interior', 'home affairs': 'interior', 'internal affairs': 'interior',
};
const SHORT_SUBJECTS = new Set(['foreign', 'defence', 'defense', 'interior', 'finance', 'economy', 'trade', 'justice', 'health', 'energy', 'information', 'commerce', 'agriculture', 'education', 'culture']);

/** The id kind of a portfolio ("Foreign Affairs" -> "foreign-ministry"), matching the one `countryBodies` gives "Foreign Ministry". */
function kindOf(portfolio: string): string {
  const lower = portfolio.toLowerCase().replace(/,/g, '');
  return `${PORTFOLIOS[lower] ?? lower.replace(/[^a-z]+/g, '-')}-ministry`;
}

/** The end (exclusive) of a portfolio after "Ministry of": capitalised words, joined by "and" or commas ("Industry, Trade and Supply"). */
function portfolioEnd(ctx: EntityContext, from: number): number {
  const { tokens, body } = ctx;
  let j = from;
  while (tokens[j]?.cap && !ctx.claimed[j] && tokens[j]?.sentence === tokens[from]?.sentence) {
    j++;
    const gap = body.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0);
    if (tokens[j - 1]?.possessive) break;
    if (/^\s+$/.test(gap) && tokens[j]?.cap) continue;
    if ((/^\s+$/.test(gap) && tokens[j]?.text === 'and') || /^,\s+$/.test(gap)) {
      const k = tokens[j]?.text === 'and' ? j + 1 : j;
      if (tokens[k]?.cap && !ctx.claimed[k] && (k === j || /^\s+$/.test(body.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0)))) {
        j = k;
        continue;
      }
    }
    break;
  }
  return j;
}

/** The last two distinct countries named before token `i` within 800 characters, as ISO codes, or null. */
function lastTwoCountries(ctx: EntityContext, i: number): [string, string] | null {
  const seen: string[] = [];
  const limit = (ctx.tokens[i]?.start ?? 0) - 800;
  for (let k = i - 1; k >= 0 && (ctx.tokens[k]?.start ?? 0) > limit && seen.length < 2; k--) {
    const id = mentionsOn(ctx, k).find((m) => m.ref.kind === 'Country')?.ref.id.slice('country:'.length);
    if (id && !seen.includes(id)) seen.push(id);
  }
  const [a, b] = seen;
  return a && b ? [b, a] : null;
}

/** "Japan's Ministry of Foreign Affairs" as one name of Japan's foreign ministry, "the foreign ministry in Cairo" as Egypt's, "their defence ministries" as those of the two countries named last; all share ids with "Japanese Foreign Ministry". */
export const ministryNames: EntityRule = {
  name: 'ministryNames',
  apply(ctx) {
    const { tokens, body } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || ctx.claimed[i]) continue;
      // "<country>'s Ministry of <portfolio>", "the <demonym> Ministry of <portfolio>".
      if (t.text === 'Ministry' && tokens[i + 1]?.text === 'of' && ctx.claimed[i - 1] === 'country') {
        const country = countryAt(ctx, i - 1);
        const end = portfolioEnd(ctx, i + 2);
        if (!country || end === i + 2) continue;
        const iso3 = country.ref.id.slice('country:'.length);
        const portfolio = body.slice(tokens[i + 2]?.start ?? 0, tokens[end - 1]?.end ?? 0);
        const surface = body.slice(country.start, tokens[end - 1]?.end ?? 0);
        const ref = registerOrganization(ctx, `${iso3}-${kindOf(portfolio)}`, `Ministry of ${portfolio} of ${country.ref.name}`, 'ministry', country.ref.id, surface);
        ctx.organizations.get(ref.id)?.aliases.add(`Ministry of ${portfolio}`);
        addMention(ctx, i, end, ref, 'name', 'org');
        i = end - 1;
        continue;
      }
      // "their defence ministries": the two countries named last.
      if (/^(their|both)$/.test(t.lower) && SHORT_SUBJECTS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'ministries' && !ctx.claimed[i + 1]) {
        const pair = lastTwoCountries(ctx, i);
        if (!pair) continue;
        const subject = tokens[i + 1]?.lower === 'defense' ? 'defence' : tokens[i + 1]?.lower ?? '';
        const surface = body.slice(t.start, tokens[i + 2]?.end ?? 0);
        for (const iso3 of pair) {
          const ref = registerOrganization(ctx, `${iso3}-${subject}-ministry`, `${subject.replace(/^./, (c) => c.toUpperCase())} Ministry of ${ctx.countryNames.get(iso3) ?? iso3}`, 'ministry', `country:${iso3}`, surface);
          addMention(ctx, i, i + 3, ref, 'description', 'org');
        }
        i += 2;
        continue;
      }
      // "the foreign ministry in Beijing": the capital names the country, though it does not act.
      if (!SHORT_SUBJECTS.has(t.lower) || !/^ministry$/i.test(tokens[i + 1]?.text ?? '') || tokens[i + 2]?.lower !== 'in' || tokens[i - 1]?.lower !== 'the') continue;
      const hit = COUNTRIES.phrases.match(tokens, i + 3);
      if (!hit || hit.value.form !== 'capital') continue;
      const iso3 = hit.value.iso3;
      const name = ctx.countryNames.get(iso3) ?? iso3;
      const subject = t.lower === 'defense' ? 'defence' : t.lower;
      const surface = body.slice(t.start, tokens[i + 1]?.end ?? 0);
      const ref = registerOrganization(ctx, `${iso3}-${subject}-ministry`, `${subject.replace(/^./, (c) => c.toUpperCase())} Ministry of ${name}`, 'ministry', `country:${iso3}`, surface);
      addMention(ctx, i, i + 2, ref, 'name', 'org');
      i += 1;
    }
  },
};
