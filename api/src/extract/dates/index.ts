import { datelineDate } from './dateline';
import { findDates } from './findDates';
import type { DateMatch } from './types';

export { datelineDate, findDates };
export type { DateMatch };

/** Resolves the first date expression in `expression` ("last May", "on Friday", "10 July 2023") against `publishedAt`; null when there is none or it needs a missing publication date. */
export function resolveDate(expression: string, publishedAt: string | null): DateMatch | null {
  return findDates(expression, publishedAt)[0] ?? null;
}
