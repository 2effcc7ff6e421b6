const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Removes diacritics and folds special Latin letters, so "Nicolás" and "Nicolas", "Erdoğan" and "Erdogan" compare equal. */
export function foldAccents(text: string): string {
  // Most names are plain ASCII, which folding leaves unchanged; skipping the Unicode work there matters on the hot path.
  if (ASCII_ONLY.test(text)) return text;
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıİ]/g, (c) => (c === 'ı' ? 'i' : 'I'))
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));
}

/** Turns a name into an accent-folded, lowercase, dash-separated slug ("Nicolás Maduro" -> "nicolas-maduro"). */
export function slugify(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The id of a country from its ISO 3166-1 alpha-3 code. */
export function countryId(iso3: string): string {
  return `country:${iso3.toUpperCase()}`;
}

/** The id of an organisation from its acronym or name. */
export function organizationId(key: string): string {
  return `org:${slugify(key)}`;
}

/** The id of a treaty from its name. */
export function treatyId(name: string): string {
  return `treaty:${slugify(name)}`;
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

// Name comparisons repeat the same few strings per article; a small cache, cleared when full, keeps memory flat.
const tokenCache = new Map<string, string[]>();

/** The folded, lowercase name tokens of a person name, without suffixes such as "Jr.". */
export function personNameTokens(name: string): string[] {
  const cached = tokenCache.get(name);
  if (cached) return cached;
  if (tokenCache.size > 5000) tokenCache.clear();
  const tokens = computeNameTokens(name);
  tokenCache.set(name, tokens);
  return tokens;
}

function computeNameTokens(name: string): string[] {
  return foldAccents(name)
    .toLowerCase()
    .split(/[^a-z0-9'-]+/)
    .filter((t) => t.length > 0 && !NAME_SUFFIXES.has(t));
}

/** The id of a person from their fullest name. */
export function personId(name: string): string {
  return `person:${personNameTokens(name).join('-').replace(/[^a-z0-9-]/g, '')}`;
}

/** A rough phonetic key for first names, so transliteration variants ("Sergey"/"Sergei", "Dmitry"/"Dmitri") share it. */
export function phoneticKey(token: string): string {
  return foldAccents(token)
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'h')
    .replace(/ck|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/(ey|ei|ej|iy|ii|yi|y|j)$/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/y/g, 'i');
}

/** Whether two first names may be the same name: equal, one the initial of the other, or the same phonetic key. */
function areFirstNamesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return phoneticKey(a) === phoneticKey(b);
}

/**
 * Whether two person names can denote the same person: a single token must be one of the other name's tokens;
 * otherwise surnames must match and first names be phonetically compatible ("Sergey Lavrov" ~ "Sergei Lavrov", never ~ "Sergei Ryabkov").
 */
export function arePersonNamesCompatible(a: string, b: string): boolean {
  const ta = personNameTokens(a);
  const tb = personNameTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  if (ta.length === 1 || tb.length === 1) {
    const [single, other] = ta.length === 1 ? [ta[0] ?? '', tb] : [tb[0] ?? '', ta];
    return other.includes(single);
  }
  if (ta[ta.length - 1] !== tb[tb.length - 1]) return false;
  return areFirstNamesCompatible(ta[0] ?? '', tb[0] ?? '');
}
