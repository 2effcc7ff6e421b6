import { findDates } from './findDates';

// "ASTANA, 18 September 2025 —", "Geneva, March 3, 2026 -", "LIMA, 4 May 2024:": a place, a full date, then a dash or colon.
const DATELINE = /^\s*\p{Lu}[\p{L} .'\u2019-]{1,40},\s+((?:\d{1,2}\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2},?)\s+(?:19|20)\d\d)\s*(?:\([^()]{1,30}\)\s*)?[\u2014\u2013:-]/u;

/** The full date (`YYYY-MM-DD`) a dateline opening the body states, and where the dateline ends; null when the body opens with none. */
export function datelineDate(body: string): { value: string; end: number } | null {
  const m = DATELINE.exec(body.slice(0, 120));
  const text = m?.[1];
  if (!m || !text) return null;
  const date = findDates(text, null).find((d) => d.precision === 'day' && !d.relative);
  return date ? { value: date.value, end: m[0].length } : null;
}
