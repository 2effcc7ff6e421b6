import type { DateMatch } from './types';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// chrono-node does not read "last May" or "in 1993"; these two patterns fill that gap.
const LAST_MONTH_NAME = /\blast\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/gi;
const IN_YEAR = /\b(?:in|since|during|of)\s+((?:1[89]|20)\d\d)\b(?!\s*[-\u2013\/]?\s*\d)/gi;

/** Finds "last <Month>" (the most recent such month strictly before publication, month precision) and "in <year>" (year precision) in `text`. */
export function findMonthAndYearExpressions(text: string, publishedAt: string | null): DateMatch[] {
  const found: DateMatch[] = [];
  const ref = publishedAt ? { year: Number(publishedAt.slice(0, 4)), month: Number(publishedAt.slice(5, 7)) } : null;
  if (ref) {
    for (const m of text.matchAll(LAST_MONTH_NAME)) {
      const month = MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1;
      const year = month < ref.month ? ref.year : ref.year - 1;
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: `${year}-${pad(month)}`, precision: 'month', relative: true });
    }
  }
  for (const m of text.matchAll(IN_YEAR)) {
    const year = m[1] ?? '';
    const start = m.index + m[0].length - year.length;
    if (ref && Number(year) > ref.year) continue;
    found.push({ start, end: start + year.length, text: year, value: year, precision: 'year', relative: false });
  }
  return found;
}

/** Two-digit zero-padded number. */
export function pad(n: number): string {
  return String(n).padStart(2, '0');
}
