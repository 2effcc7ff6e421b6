import { firstDayOf } from './dateKeys';

/** Period widths of a timeline. */
export type Interval = 'WEEK' | 'MONTH' | 'YEAR';

/** The first day (`YYYY-MM-DD`) of the period holding `day` (a day, or a partial date counted as its first day); weeks start on Monday. */
export function periodStart(day: string, interval: Interval): string {
  const d = firstDayOf(day);
  switch (interval) {
    case 'YEAR':
      return `${d.slice(0, 4)}-01-01`;
    case 'MONTH':
      return `${d.slice(0, 7)}-01`;
    case 'WEEK': {
      const date = new Date(`${d}T00:00:00Z`);
      const back = (date.getUTCDay() + 6) % 7;
      return new Date(date.getTime() - back * 86_400_000).toISOString().slice(0, 10);
    }
  }
}

/** The first day of the period after the one starting on `start`. */
export function nextPeriod(start: string, interval: Interval): string {
  const date = new Date(`${start}T00:00:00Z`);
  switch (interval) {
    case 'YEAR':
      date.setUTCFullYear(date.getUTCFullYear() + 1);
      break;
    case 'MONTH':
      date.setUTCMonth(date.getUTCMonth() + 1);
      break;
    case 'WEEK':
      date.setUTCDate(date.getUTCDate() + 7);
      break;
  }
  return date.toISOString().slice(0, 10);
}

/** Every period start from the period of `from` through the period of `to`, or null when there would be more than `max`. */
export function periodsBetween(from: string, to: string, interval: Interval, max: number): string[] | null {
  const out: string[] = [];
  const last = periodStart(to, interval);
  for (let p = periodStart(from, interval); p <= last; p = nextPeriod(p, interval)) {
    if (out.length >= max) return null;
    out.push(p);
  }
  return out;
}
