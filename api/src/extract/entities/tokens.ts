/** One word of the body with its offsets; a possessive "'s" is left out of the span and flagged. */
export interface Token {
  text: string;
  start: number;
  end: number;
  lower: string;
  /** First character is an uppercase letter. */
  cap: boolean;
  /** Followed by a possessive "'s" / "’s" (or a bare apostrophe after s). */
  possessive: boolean;
  /** Index of the sentence holding the token. */
  sentence: number;
  /** Index of the token in its sentence. */
  indexInSentence: number;
}

// A hyphen joins before a capital or digit ("Al-Zayani", "Su-30"), so "US-brokered" yields "US"; it also joins the short
// syllables of Korean given names ("Jae-myung", "Jae-in").
const WORD = /[\p{L}\p{N}]+(?:(?:[.&'’]|-(?=[\p{Lu}\p{N}])|(?<=(?:^|[^\p{L}])\p{Lu}\p{Ll}{1,4})-(?=\p{Ll}{1,5}(?![\p{L}])))[\p{L}\p{N}]+)*/gu;

/** Splits text into word tokens with body offsets; sentence bounds (sorted starts) assign `sentence` indexes. */
export function tokenize(body: string, sentenceStarts: number[] = [0]): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let indexInSentence = 0;
  for (const m of body.matchAll(WORD)) {
    let text = m[0];
    const start = m.index;
    let possessive = false;
    if (/['’]s$/.test(text) && text.length > 2) {
      text = text.slice(0, -2);
      possessive = true;
    } else if (/^[\p{L}]+s$/u.test(text) && /['’]/.test(body[start + text.length] ?? '') && !/[\p{L}]/u.test(body[start + text.length + 1] ?? '')) {
      possessive = true;
    }
    // Dotted abbreviations keep their final period ("U.S.").
    if (/^(\p{L}\.)+\p{L}$/u.test(text) && body[start + text.length] === '.') text += '.';
    while (sentence + 1 < sentenceStarts.length && start >= (sentenceStarts[sentence + 1] ?? Infinity)) {
      sentence++;
      indexInSentence = 0;
    }
    tokens.push({
      text,
      start,
      end: start + text.length,
      lower: text.toLowerCase(),
      cap: /^\p{Lu}/u.test(text),
      possessive,
      sentence,
      indexInSentence: indexInSentence++,
    });
  }
  return tokens;
}
