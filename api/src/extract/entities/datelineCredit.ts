// An agency credit in the opening dateline: "WASHINGTON, May 20 (Capitol Desk) -", "SEOUL, 3 June (Han River News) —".
const DATELINE_OPEN = /^\s*\p{Lu}[\p{Lu}\s.'’-]*(?:,\s*[\p{L}\s.]+)?,\s*(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+)(?:,?\s*\d{4})?\s*\($/u;

/** Whether body[start, end) is the credit in brackets of an opening dateline: an agency, never a person. */
export function isDatelineCredit(body: string, start: number, end: number): boolean {
  return start < 80 && /^\s*\)/.test(body.slice(end, end + 3)) && DATELINE_OPEN.test(body.slice(0, start));
}
