import type { Sentence } from '../entities/types';

export type { Sentence };

// Words that end with a period without ending the sentence (compared lowercased, without the period).
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'gov',
  'sen', 'rep', 'pres', 'amb', 'rev', 'hon', 'fr', 'messrs', 'mt', 'ft', 'no', 'nos', 'vs', 'etc', 'approx', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'ltd', 'co', 'dept', 'univ', 'assn', 'bros', 'al', 'cf', 'e.g', 'i.e', 'fig', 'vol', 'op',
]);

// Abbreviations that usually precede a name or number, so a following capital does not start a sentence.
const PREFIX_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'gov', 'sen', 'rep',
  'pres', 'amb', 'rev', 'hon', 'fr', 'messrs', 'mt', 'no', 'nos', 'vs', 'cf', 'e.g', 'i.e', 'fig', 'vol', 'op',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', '\u00bb', ')', ']', '\u203a']);
const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '\u00ab', '(', '[', '\u2039']);

/** The token that ends at `end` (exclusive): letters, digits and inner periods ("U.S", "e.g"). */
function tokenBefore(body: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(body[i - 1] ?? '')) i--;
  return body.slice(i, end);
}

/** Whether the period at `dot` ends the sentence, given what follows at `next` (first non-space char index). */
function periodEndsSentence(body: string, dot: number, next: number): boolean {
  const token = tokenBefore(body, dot);
  const lower = token.toLowerCase();
  const nextChar = body[next] ?? '';
  const startsUpper = /[\p{Lu}\p{N}]/u.test(nextChar) || (OPENERS.has(nextChar) && /[\p{Lu}\p{N}]/u.test(body[next + 1] ?? ''));
  if (!startsUpper) return false;
  if (PREFIX_ABBREVIATIONS.has(lower)) return false;
  // A single capital letter is an initial ("John F. Kennedy").
  if (/^\p{Lu}$/u.test(token)) return false;
  // Dotted acronyms ("U.S.", "U.N."): end the sentence only when followed by a typical sentence opener.
  if (/^(\p{L}\.)+\p{L}$/u.test(token)) {
    const word = /^[\p{L}]+/u.exec(body.slice(next, next + 20))?.[0] ?? '';
    return /^(The|A|An|He|She|It|They|We|I|In|On|But|And|This|That|These|Those|His|Her|Their|Its|Mr|Ms|Mrs|Meanwhile|However|Earlier|Later|According)$/.test(word);
  }
  if (ABBREVIATIONS.has(lower)) return false;
  return true;
}

/** Splits an article body into sentences with body offsets; newlines are paragraph breaks, abbreviations and initials do not end sentences. */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(body[s] ?? '')) s++;
    while (e > s && /\s/.test(body[e - 1] ?? '')) e--;
    if (e > s) sentences.push({ start: s, end: e, text: body.slice(s, e) });
  };
  let start = 0;
  const n = body.length;
  for (let i = 0; i < n; i++) {
    const c = body[i];
    if (c === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    // Absorb runs of terminal punctuation and closing quotes/brackets.
    let j = i + 1;
    while (j < n && (body[j] === '.' || body[j] === '!' || body[j] === '?')) j++;
    while (j < n && CLOSERS.has(body[j] ?? '')) j++;
    if (j < n && !/\s/.test(body[j] ?? '')) continue;
    let k = j;
    while (k < n && body[k] === ' ') k++;
    if (k >= n || body[k] === '\n' || body[k] === '\r') {
      push(start, j);
      start = j;
      i = j - 1;
      continue;
    }
    const ends = c === '.' && j === i + 1 ? periodEndsSentence(body, i, k) : /[\p{Lu}\p{N}"'\u201c\u2018\u00ab(]/u.test(body[k] ?? '');
    if (ends) {
      push(start, j);
      start = j;
      i = j - 1;
    }
  }
  push(start, n);
  return sentences;
}
