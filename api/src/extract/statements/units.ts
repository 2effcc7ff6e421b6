import type { Sentence } from '../entities/types';
import type { QuoteSpan } from './quotes';

/** A stretch of body that statements are read from: one or more sentences joined because a quotation spans them. */
export interface Unit {
  start: number;
  end: number;
  /** The quotations inside the unit. */
  quotes: QuoteSpan[];
  /** The unit text with every quoted word masked by `MASK` (same length), so patterns only see the narration. */
  frame: string;
  /** Index of the paragraph the unit starts in. */
  paragraph: number;
  /** True when the unit is the first of its paragraph. */
  opensParagraph: boolean;
}

/** Character that replaces quoted words in a frame; it matches neither \w nor \s. */
export const MASK = '\u00a4';

/** Groups sentences into units (a quotation spanning a sentence break joins the sentences) and masks the quoted words. */
export function buildUnits(body: string, sentences: Sentence[], quotes: QuoteSpan[]): Unit[] {
  const units: Unit[] = [];
  let q = 0;
  for (const s of sentences) {
    const last = units[units.length - 1];
    const sameParagraph = last !== undefined && !body.slice(last.end, s.start).includes('\n');
    const spans = last !== undefined && last.quotes.some((quote) => quote.end > s.start - 1 && quote.start < last.end);
    const joined = last && sameParagraph && (spans || isAttributionTail(body, last.end, s));
    if (last && joined) {
      last.end = Math.max(last.end, s.end);
    } else {
      units.push({ start: s.start, end: s.end, quotes: [], frame: '', paragraph: 0, opensParagraph: false });
    }
    const unit = units[units.length - 1] as Unit;
    while (q < quotes.length && (quotes[q]?.start ?? Infinity) < unit.end) {
      const quote = quotes[q] as QuoteSpan;
      if (quote.start >= unit.start) {
        unit.quotes.push(quote);
        if (quote.end > unit.end) unit.end = quote.end;
      }
      q++;
    }
  }
  let paragraph = 0;
  let cursor = 0;
  for (const unit of units) {
    const gap = body.slice(cursor, unit.start);
    const breaks = gap.split('\n').length - 1;
    if (breaks > 0) paragraph++;
    unit.paragraph = paragraph;
    unit.opensParagraph = cursor === 0 || breaks > 0;
    cursor = unit.end;
    unit.frame = maskQuotes(body, unit);
  }
  return units;
}

// "Poland has no plans to send troops, Sowa said." reports a clause of its own: a statement, not the quote's tail.
const OWN_REPORTED_CLAUSE = /^[^,]{20,},\s+(?:\S+\s+){1,4}(?:said|says|added|adds|told|stressed|noted|warned|insisted)\b[^,]*[.!?]$/u;

// "He stressed that the UN had been told." carries a clause of its own too.
const REPORTED_THAT = /\b(?:that|whether)\s/u;

/** True for a short quote-free sentence right after a quotation that ends in . ? or ! ("…?" Emanuel said.), which the splitter cut off. */
function isAttributionTail(body: string, prevEnd: number, s: Sentence): boolean {
  return (
    /[.?!]["\u201d\u00bb\u2019]$/.test(body.slice(prevEnd - 2, prevEnd)) &&
    s.text.length < 120 &&
    !/["\u201c\u201d\u00ab\u00bb]/.test(s.text) &&
    !OWN_REPORTED_CLAUSE.test(s.text) &&
    !REPORTED_THAT.test(s.text)
  );
}

/** The unit text with quoted words replaced by MASK, offsets unchanged. */
function maskQuotes(body: string, unit: Unit): string {
  let out = '';
  let at = unit.start;
  for (const quote of unit.quotes) {
    out += body.slice(at, quote.innerStart) + MASK.repeat(Math.max(0, quote.innerEnd - quote.innerStart));
    at = quote.innerEnd;
  }
  return out + body.slice(at, unit.end);
}
