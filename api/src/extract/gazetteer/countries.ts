import worldCountries from 'world-countries';
import { AMBIGUOUS_CAPITALS, BLOCKED_PHRASES, CODE_REPLACEMENTS, COUNTRY_OVERRIDES, EXTRA_COUNTRIES } from './countryOverrides';
import { PhraseIndex } from './phraseIndex';

/** How a gazetteer phrase names a country. */
export type CountryForm = 'name' | 'alias' | 'demonym' | 'capital' | 'blocked';

/** One gazetteer hit: the country code and how the phrase names it. */
export interface CountryEntry {
  iso3: string;
  form: CountryForm;
}

/** The country gazetteer: phrase index plus canonical names and demonyms by code. */
export interface CountryGazetteer {
  phrases: PhraseIndex<CountryEntry>;
  names: Map<string, string>;
  demonyms: Map<string, string>;
}

// Observer states and partially recognised states the news treats as countries.
const NON_MEMBERS_KEPT = new Set(['PSE', 'VAT', 'UNK', 'TWN']);

function addForm(index: PhraseIndex<CountryEntry>, phrase: string, entry: CountryEntry): void {
  if (!/^\p{Lu}/u.test(phrase)) return;
  index.add(phrase, entry);
  if (entry.form === 'capital' || entry.form === 'name') index.add(phrase.toUpperCase(), entry);
}

/** Builds the gazetteer from `world-countries` (UN members and observers) and the override file; call once at module load. */
export function buildCountryGazetteer(): CountryGazetteer {
  const phrases = new PhraseIndex<CountryEntry>();
  const names = new Map<string, string>();
  const demonyms = new Map<string, string>();
  for (const phrase of BLOCKED_PHRASES) phrases.add(phrase, { iso3: '', form: 'blocked' });
  const overrides = new Map(COUNTRY_OVERRIDES.map((o) => [o.iso3, o]));
  const add = (iso3: string, name: string, aliases: string[], dems: string[], capitals: string[]): void => {
    names.set(iso3, name);
    addForm(phrases, name, { iso3, form: 'name' });
    for (const a of aliases) addForm(phrases, a, { iso3, form: 'alias' });
    for (const d of dems) {
      if (!demonyms.has(iso3)) demonyms.set(iso3, d);
      addForm(phrases, d, { iso3, form: 'demonym' });
      if (/(an|i)$/.test(d)) addForm(phrases, `${d}s`, { iso3, form: 'demonym' });
    }
    for (const c of capitals) if (!AMBIGUOUS_CAPITALS.has(c)) addForm(phrases, c, { iso3, form: 'capital' });
  };
  for (const extra of EXTRA_COUNTRIES) add(extra.iso3, extra.name, extra.aliases ?? [], extra.demonyms ?? [], extra.capitals ?? []);
  for (const c of worldCountries) {
    if (!c.unMember && !NON_MEMBERS_KEPT.has(c.cca3)) continue;
    const iso3 = CODE_REPLACEMENTS[c.cca3] ?? c.cca3;
    if (EXTRA_COUNTRIES.some((e) => e.iso3 === iso3)) continue;
    const o = overrides.get(iso3);
    const aliases = [
      ...(o?.aliases ?? []),
      c.name.common,
      c.name.official,
      // Two-letter codes ("IN", "NO", "IT") collide with words; only longer Latin spellings are kept.
      ...c.altSpellings.filter((s) => s.length > 3 && /^[\p{Script=Latin}\s,'.()-]+$/u.test(s) && !s.includes(',')),
    ];
    const dems = [...(o?.demonyms ?? []), c.demonyms?.eng?.m ?? '', c.demonyms?.eng?.f ?? ''].filter((d) => d.length > 0);
    add(iso3, o?.name ?? c.name.common, aliases, dems, [...(o?.capitals ?? []), ...c.capital]);
  }
  return { phrases, names, demonyms };
}

/** The shared gazetteer, built once at module load. */
export const COUNTRIES: CountryGazetteer = buildCountryGazetteer();
