import countries from 'world-countries';
import { normalizeName, tokens } from './normalizeName';

// Names world-countries lacks or codes it differently: Kosovo's code in common use is XKX, the Soviet Union keeps its former code SUN.
const OVERRIDES: Record<string, string> = {
  kosovo: 'XKX', kosovar: 'XKX', 'republic of kosovo': 'XKX',
  'soviet union': 'SUN', ussr: 'SUN', 'u s s r': 'SUN', soviet: 'SUN',
  us: 'USA', 'u s': 'USA', usa: 'USA', 'u s a': 'USA', america: 'USA', 'united states': 'USA', american: 'USA',
  uk: 'GBR', 'u k': 'GBR', britain: 'GBR', 'great britain': 'GBR', british: 'GBR',
  turkey: 'TUR', turkiye: 'TUR', turkish: 'TUR', 'south korea': 'KOR', 'north korea': 'PRK',
  palestine: 'PSE', palestinian: 'PSE', 'state of palestine': 'PSE', 'ivory coast': 'CIV', 'czech republic': 'CZE',
  uae: 'ARE', 'u a e': 'ARE', emirati: 'ARE', azeri: 'AZE', saudi: 'SAU', 'holy see': 'VAT', vatican: 'VAT',
  burma: 'MMR', 'east timor': 'TLS', swaziland: 'SWZ', 'cape verde': 'CPV', 'democratic republic of congo': 'COD',
  'dr congo': 'COD', drc: 'COD', 'republic of congo': 'COG', 'congo brazzaville': 'COG', 'northern macedonia': 'MKD',
};

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (name: string | undefined, code: string): void => {
    if (!name) return;
    const key = normalizeName(name);
    if (key.length >= 2 && !table.has(key)) table.set(key, code);
  };
  for (const country of countries) {
    const code = country.cca3 === 'UNK' ? 'XKX' : country.cca3;
    add(country.name.common, code);
    add(country.name.official, code);
  }
  for (const country of countries) {
    const code = country.cca3 === 'UNK' ? 'XKX' : country.cca3;
    for (const alt of country.altSpellings) if (alt.length > 2) add(alt, code);
    add(country.demonyms?.eng?.m, code);
    add(country.demonyms?.eng?.f, code);
  }
  for (const [name, code] of Object.entries(OVERRIDES)) table.set(name, code);
  return table;
}

const TABLE = buildTable();
// Capitals resolve a bare name ("Moscow" as a gold entry) but are not country words inside longer names ("Paris Agreement").
const CAPITALS = new Map<string, string>();
for (const country of countries) {
  for (const capital of country.capital ?? []) {
    const key = normalizeName(capital);
    if (key && !CAPITALS.has(key)) CAPITALS.set(key, country.cca3 === 'UNK' ? 'XKX' : country.cca3);
  }
}
const CODES = new Set(TABLE.values());

/** Resolves a country name, short form, demonym, alternative spelling or capital to its ISO 3166-1 alpha-3 code (XKX for Kosovo, SUN for the Soviet Union), or null. */
export function resolveCountry(name: string): string | null {
  const key = normalizeName(name);
  if (CODES.has(name.trim())) return name.trim();
  return TABLE.get(key) ?? CAPITALS.get(key) ?? null;
}

/** The ISO3 code in a `country:XXX` id, or null for any other id. */
export function isoFromCountryId(id: string | null | undefined): string | null {
  const match = /^country:([A-Z]{3})$/.exec(id ?? '');
  return match?.[1] ?? null;
}

/** The first country named inside a longer name ("Russian Foreign Ministry" → RUS, "Government of Venezuela" → VEN), by 3-, 2- then 1-word spans. */
export function countryInName(name: string): string | null {
  const words = tokens(normalizeName(name));
  for (let size = 3; size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const code = TABLE.get(words.slice(i, i + size).join(' '));
      if (code) return code;
    }
  }
  return null;
}

/** Whether a token is (part of) a country name or demonym, for ignoring country words when comparing treaty names. */
export function isCountryWord(word: string): boolean {
  return TABLE.has(word);
}
