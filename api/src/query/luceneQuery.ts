import { foldAccents } from '../extract/entities/ids';

// Lucene's query syntax characters; each is escaped with a backslash so the user's text is taken literally.
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

// The English stop words of Lucene's standard analyzer (the analyzer of the full-text indexes): they are not in the index,
// so a required stop word would match nothing.
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of', 'on',
  'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
]);

/** Escapes every Lucene syntax character of `term` with a backslash. */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * The words of what a user typed, lower-cased: runs of letters and digits (the standard analyzer splits at everything
 * else, so operators, quotes and brackets can never reach the query parser as syntax), stop words dropped, at most 16.
 */
export function queryWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+(?:['.][\p{L}\p{N}\p{M}]+)*/gu) ?? [];
  return words.filter((w) => !STOP_WORDS.has(w)).slice(0, 16);
}

/**
 * A Lucene query for a name search: every word required, each matching exactly (boosted), with one typo (`~1`, words of
 * 4+ letters), or as a prefix (3+ letters, for typing ahead); an accented word also matches its folded form, since the
 * index's standard analyzer keeps accents. Null when no word is left.
 */
export function nameSearchQuery(text: string): string | null {
  const words = queryWords(text);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const forms = [...new Set([word, foldAccents(word)])].map(escapeLucene);
      const clauses = forms.flatMap((f) => {
        const plain = [...f.replace(/\\/g, '')].length;
        return [`${f}^4`, ...(plain >= 4 ? [`${f}~1`] : []), ...(plain >= 3 ? [`${f}*`] : [])];
      });
      return `+(${clauses.join(' ')})`;
    })
    .join(' ');
}

/** A Lucene query requiring every word of `text` as written (no fuzziness), for article search; null when no word is left. */
export function allWordsQuery(text: string): string | null {
  const words = queryWords(text);
  return words.length === 0 ? null : words.map((w) => `+${escapeLucene(w)}`).join(' ');
}
