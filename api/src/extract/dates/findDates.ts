import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import { findMonthAndYearExpressions, pad } from './monthExpressions';
import type { DateMatch } from './types';

// Cheap gate so chrono only runs on text that can hold a date (most sentences do not).
const DATE_HINT =
  /\b(?:today|tonight|yesterday|ago|last|this|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|(?:1[89]|20)\d\d)\b/i;

// Vague spans that chrono reads as a precise day ("last week" -> exactly seven days ago); they carry no usable date.
const VAGUE = /\b(?:last|this|next|that|the)\s+week(?:end)?\b|\bday before\b|\bday after\b|\btomorrow\b|\bnext\b/i;

// chrono misses "the evening of Nov. 16"; blanking the part of day (same length) keeps offsets intact.
const PART_OF_DAY = /\b(?:morning|afternoon|evening|night)\s+of\s+/gi;

const RELATIVE_WORDS = /\b(?:today|tonight|yesterday|ago|last|this|earlier|later)\b/i;

/** Finds every date expression in `text` and resolves it against `publishedAt` (YYYY-MM-DD or null), never forward in time for relative expressions. */
export function findDates(text: string, publishedAt: string | null): DateMatch[] {
  if (!DATE_HINT.test(text)) return [];
  const ref = publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(publishedAt) ? publishedAt : null;
  const instant = ref ? new Date(`${ref}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const cleaned = text.replace(PART_OF_DAY, (m) => ' '.repeat(m.length));
  const found: DateMatch[] = findMonthAndYearExpressions(text, ref);
  let results: ParsedResult[] = [];
  try {
    results = chrono.en.parse(cleaned, { instant, timezone: 0 }, { forwardDate: false });
  } catch {
    results = [];
  }
  for (const r of results) {
    if (r.end || VAGUE.test(r.text)) continue;
    if (found.some((f) => f.start < r.index + r.text.length && r.index < f.end)) continue;
    const resolved = resolveResult(r, ref);
    if (resolved) found.push({ start: r.index, end: r.index + r.text.length, text: r.text, ...resolved });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Value and precision of one chrono result, or null when it needs a publication date it does not have. */
function resolveResult(r: ParsedResult, ref: string | null): Omit<DateMatch, 'start' | 'end' | 'text'> | null {
  const s = r.start;
  const explicitYear = /\b(?:1[89]|20)\d\d\b/.test(r.text) && s.isCertain('year');
  const relative = !explicitYear;
  if (relative && !ref) return null;
  const year = s.get('year') ?? 0;
  const month = s.get('month') ?? 1;
  const day = s.get('day') ?? 1;
  if (s.isCertain('day') || s.isCertain('weekday')) {
    let date = new Date(Date.UTC(year, month - 1, day));
    if (ref && relative) {
      const refDate = new Date(`${ref}T00:00:00Z`);
      if (s.isCertain('weekday') && !s.isCertain('day')) {
        while (date > refDate) date = new Date(date.getTime() - 7 * 86_400_000);
      } else if (date > refDate && !s.isCertain('year')) {
        date = new Date(Date.UTC(year - 1, month - 1, day));
      }
    }
    return { value: isoDay(date), precision: 'day', relative };
  }
  if (s.isCertain('month')) {
    let y = year;
    if (ref && relative && !s.isCertain('year') && (y > Number(ref.slice(0, 4)) || (y === Number(ref.slice(0, 4)) && month > Number(ref.slice(5, 7))))) y -= 1;
    return { value: `${y}-${pad(month)}`, precision: 'month', relative };
  }
  if (s.isCertain('year') && (RELATIVE_WORDS.test(r.text) || explicitYear)) return { value: String(year), precision: 'year', relative };
  return null;
}

/** `YYYY-MM-DD` of a UTC date. */
function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
