// Facts whose evidence keeps only a mention (treaty parties, part-of links) show the sentence holding that mention.
// The query returns a window of the body around the mention; this finds the sentence in it with the same boundaries
// the store's fixtures and the extractor use: a sentence ends at . ! or ? followed by white space, or at a line break.

/** Half the width of the body window the queries return around a mention. */
export const SENTENCE_WINDOW = 600;

/**
 * The sentence of `window` (the body from offset `windowStart`) that holds the span [start, end), as absolute offsets
 * and text; the window's edges bound it when no boundary is inside.
 */
export function sentenceAround(window: string, windowStart: number, start: number, end: number): { start: number; end: number; text: string } {
  const from = Math.max(0, start - windowStart);
  const to = Math.min(window.length, Math.max(from, end - windowStart));
  let s = from;
  while (s > 0 && !isBoundaryBefore(window, s)) s--;
  while (s < from && /\s/.test(window[s]!)) s++;
  let e = to;
  while (e < window.length && !isBoundaryAfter(window, e)) e++;
  if (e < window.length && window[e] !== '\n') e++;
  while (e < window.length && /["”’)]/.test(window[e]!)) e++;
  return { start: windowStart + s, end: windowStart + e, text: window.slice(s, e) };
}

function isBoundaryBefore(text: string, i: number): boolean {
  const prev = text[i - 1]!;
  return prev === '\n' || (/\s/.test(prev) && /[.!?]["”’)]?$/.test(text.slice(Math.max(0, i - 3), i - 1)));
}

function isBoundaryAfter(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === '\n') return true;
  if (!/[.!?]/.test(c)) return false;
  let j = i + 1;
  while (j < text.length && /["”’)]/.test(text[j]!)) j++;
  return j >= text.length || /\s/.test(text[j]!);
}
