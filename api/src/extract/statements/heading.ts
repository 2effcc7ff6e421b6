import type { Unit } from './units';

// A clock time opening a line ("13:15 —", "9.40am:", "14:02 GMT"): a live-blog entry's stamp.
const TIME_STAMP = /^\s*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|local(?:\s+time)?))?\s*[—–\-|:]/i;
// A heading is short: a headline, not a paragraph.
const MAX_WORDS = 14;

/**
 * True when the unit is a heading rather than narration: a whole short line (no quotation) that either opens with a
 * time stamp ("13:15 — Kremlin rejects accusations") or does not end as a sentence does (no final period).
 */
export function isHeading(unit: Unit, body: string): boolean {
  if (unit.quotes.length > 0) return false;
  const text = body.slice(unit.start, unit.end);
  const lineStart = unit.start === 0 || /\n\s*$/.test(body.slice(Math.max(0, unit.start - 4), unit.start));
  const lineEnd = unit.end >= body.length || /^[ \t]*(?:\n|$)/.test(body.slice(unit.end, unit.end + 4));
  if (!lineStart || !lineEnd) return false;
  if ((text.match(/\S+/g) ?? []).length > MAX_WORDS) return false;
  return TIME_STAMP.test(text) || !/[.!?…:;)"'\u201d\u2019]\s*$/.test(text);
}
