import type { Interval } from '../api/generated';
import { addDays } from '../state/timeline/index';

/** The last day of the period that starts on `period` (a Monday for WEEK, the 1st for MONTH, 1 January for YEAR). */
export function periodEnd(period: string, interval: Interval): string {
  switch (interval) {
    case 'WEEK':
      return addDays(period, 6);
    case 'MONTH': {
      const [y, m] = period.split('-').map(Number) as [number, number];
      return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    }
    case 'YEAR':
      return `${period.slice(0, 4)}-12-31`;
  }
}

/** A period for reading: "week of 3 Mar 2025", "Mar 2025", "2025". */
export function periodLabel(period: string, interval: Interval): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const [y, m, d] = period.split('-');
  const month = months[Number(m) - 1] ?? '';
  switch (interval) {
    case 'WEEK':
      return `week of ${Number(d)} ${month} ${y}`;
    case 'MONTH':
      return `${month} ${y}`;
    case 'YEAR':
      return y ?? period;
  }
}

/** A bucket as the relation view reads it. */
export interface BucketLike {
  period: string;
  count: number;
  categories: readonly { category: { code: string; label: string }; count: number }[];
}

/** Statements per category over the buckets whose period overlaps [since, until] (open ends allowed), largest first. */
export function categoryBreakdown(buckets: readonly BucketLike[], interval: Interval, since: string | null, until: string | null): { code: string; label: string; count: number }[] {
  const totals = new Map<string, { code: string; label: string; count: number }>();
  for (const bucket of buckets) {
    if (since && periodEnd(bucket.period, interval) < since) continue;
    if (until && bucket.period > until) continue;
    for (const { category, count } of bucket.categories) {
      const row = totals.get(category.code) ?? { code: category.code, label: category.label, count: 0 };
      row.count += count;
      totals.set(category.code, row);
    }
  }
  return [...totals.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
