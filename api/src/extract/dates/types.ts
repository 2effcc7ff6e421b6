import type { DatePrecision } from '../types';

/** A date expression found in a text and resolved to an ISO value; offsets are into the text that was searched. */
export interface DateMatch {
  start: number;
  end: number;
  text: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  value: string;
  precision: Exclude<DatePrecision, null>;
  /** True when the expression needs the publication date ("yesterday", "on Friday", "last May"). */
  relative: boolean;
}
