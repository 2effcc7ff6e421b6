// Words that carry no identity in a name ("Ministry of Foreign Affairs" vs "Foreign Affairs Ministry").
const STOPWORDS = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'on', 'in', 'to', 'at', 'by', 'with', 'between', 's']);

/** Folds accents, lowercases, and turns punctuation into spaces: the token form shared by every comparison. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Normalises a name per the corpus README: NFKD without diacritics, lowercase, no possessive 's, punctuation to spaces, collapsed spaces, no leading "the". */
export function normalizeName(name: string): string {
  const withoutPossessive = name.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/['\u2019]s\b/giu, '').replace(/s['\u2019](?=\s|$)/giu, 's');
  return foldText(withoutPossessive).replace(/^the /, '');
}

/** Lowercased word tokens of a text, accents folded, punctuation dropped. */
export function tokens(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ') : [];
}

/** The content tokens of a name: normalised tokens without stopwords, as a set. */
export function contentTokens(name: string): Set<string> {
  return new Set(tokens(normalizeName(name)).filter((t) => !STOPWORDS.has(t)));
}

/** Whether two sets hold the same members. */
export function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size || a.size === 0) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}
