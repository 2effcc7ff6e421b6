// Stored dates are `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only the month or year is known. A partial date counts as the
// first day of its period. Compared as strings, `YYYY-MM` sorts before every day of its month, so an `until` bound works as
// it is; a `since` bound on the first day of a month (or year) must also admit the bare month (or year), hence `sinceKey`.

/** The smallest stored-date string that is on or after `since` (`YYYY-MM-DD`), partial dates counted as their first day. */
export function sinceKey(since: string): string {
  if (since.endsWith('-01-01')) return since.slice(0, 4);
  if (since.endsWith('-01')) return since.slice(0, 7);
  return since;
}

/** A stored date (day, month or year) as the first day of its period, `YYYY-MM-DD`. */
export function firstDayOf(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date.slice(0, 10);
}
