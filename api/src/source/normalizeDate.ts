const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Normalises a stated publication date to `YYYY-MM-DD`, or returns null when it cannot be read.
 * The calendar day is taken as stated (an ISO timestamp's own date, not shifted to UTC), so "2021-09-17T23:30-04:00" stays the 17th.
 */
export function normalizeDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Unix seconds or milliseconds.
    const ms = value < 1e11 ? value * 1000 : value;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!text) return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(text);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return validDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(text);
  if (slashed) return validDay(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  // RFC 822 (RSS pubDate) and English prose: "Fri, 17 Sep 2021 10:00 GMT", "17 September 2021".
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (dayFirst) {
    const month = MONTHS[(dayFirst[2] ?? '').slice(0, 3).toLowerCase()];
    if (month) return validDay(Number(dayFirst[3]), month, Number(dayFirst[1]));
  }
  // "September 17, 2021", "Sep. 17 2021".
  const monthFirst = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (monthFirst) {
    const month = MONTHS[(monthFirst[1] ?? '').slice(0, 3).toLowerCase()];
    if (month) return validDay(Number(monthFirst[3]), month, Number(monthFirst[2]));
  }
  return null;
}
