import type { Issue } from '../types';

/** A quotation in the body: `start..end` includes the marks, `innerStart..innerEnd` is the quoted words. */
export interface QuoteSpan {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  /** False when the paragraph ended before a closing mark. */
  closed: boolean;
}

// Quotations longer than this are treated as unclosed: a stray mark must not swallow the article.
const MAX_QUOTE = 3000;
const DOUBLE_CLOSERS = '"\u201d\u201c';
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-\/:]/;

/** Finds the quotations of a body: straight, curly and low double quotes, guillemets, and single quotes used as quotation marks; a quotation never crosses a paragraph. */
export function findQuotes(body: string): { quotes: QuoteSpan[]; issues: Issue[] } {
  const quotes: QuoteSpan[] = [];
  const issues: Issue[] = [];
  let paraStart = 0;
  while (paraStart <= body.length) {
    let paraEnd = body.indexOf('\n', paraStart);
    if (paraEnd < 0) paraEnd = body.length;
    scanParagraph(body, paraStart, paraEnd, quotes, issues);
    paraStart = paraEnd + 1;
  }
  return { quotes, issues };
}

/** Pairs the quotation marks of one paragraph `[from, to)`. */
function scanParagraph(body: string, from: number, to: number, quotes: QuoteSpan[], issues: Issue[]): void {
  let i = from;
  while (i < to) {
    const c = body[i] ?? '';
    const prev = i > from ? (body[i - 1] ?? ' ') : ' ';
    let close = -1;
    if (c === '\u201c' || c === '\u201e' || (c === '"' && OPEN_CONTEXT.test(prev))) {
      close = findCloser(body, i + 1, to, (ch) => DOUBLE_CLOSERS.includes(ch));
    } else if (c === '\u00ab') {
      close = findCloser(body, i + 1, to, (ch) => ch === '\u00bb');
    } else if ((c === '\u2018' || c === "'") && OPEN_CONTEXT.test(prev) && /\p{L}/u.test(body[i + 1] ?? '')) {
      close = findSingleCloser(body, i + 1, to, c === "'" ? "'" : '\u2019');
      // A single mark with no partner is an apostrophe or a typo, not an open quotation.
      if (close < 0) {
        i++;
        continue;
      }
    } else {
      i++;
      continue;
    }
    if (close < 0 || close - i > MAX_QUOTE) {
      let end = Math.min(to, i + 1 + MAX_QUOTE);
      while (end > i + 1 && /\s/.test(body[end - 1] ?? '')) end--;
      quotes.push({ start: i, end, innerStart: i + 1, innerEnd: end, closed: false });
      // A quotation left open at a paragraph end is normal when the next paragraph reopens it.
      if (!/^\s*["\u201c\u00ab\u2018]/.test(body.slice(to, to + 8)))
        issues.push({ kind: 'unclosed-quote', message: 'statements: a quotation mark opens but does not close before the paragraph ends; the quote was cut at the paragraph end', span: { start: i, end } });
      return;
    }
    quotes.push({ start: i, end: close + 1, innerStart: i + 1, innerEnd: close, closed: true });
    i = close + 1;
  }
}

/** Index of the first character in `[from, to)` accepted by `isCloser`, or -1. */
function findCloser(body: string, from: number, to: number, isCloser: (ch: string) => boolean): number {
  for (let j = from; j < to; j++) if (isCloser(body[j] ?? '')) return j;
  return -1;
}

/** Index of a closing single quote in `[from, to)`: the mark followed by no letter (so "don't" is skipped), or -1. */
function findSingleCloser(body: string, from: number, to: number, mark: string): number {
  for (let j = from; j < Math.min(to, from + 300); j++) {
    const ch = body[j];
    if (ch !== mark && !(mark === '\u2019' && ch === "'")) continue;
    if (!/\p{L}/u.test(body[j + 1] ?? '') && /\S/.test(body[j - 1] ?? '')) return j;
  }
  return -1;
}
