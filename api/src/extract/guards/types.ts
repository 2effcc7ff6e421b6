import type { Article, Issue } from '../../source/types';

/** What a guard decided about an article: issues to report, whether to skip extraction, and optionally a shortened body. */
export interface GuardVerdict {
  issues: Issue[];
  skip: boolean;
  /** A replacement body (a prefix of the original, so offsets stay valid), when the guard caps the text. */
  body?: string;
}

/** The context guards judge against; `today` is `YYYY-MM-DD` (UTC), injected so tests do not depend on the clock. */
export interface GuardContext {
  today: string;
}

/** One bad-input check, run before extraction in the order of `GUARDS`. */
export type ArticleGuard = (article: Article, context: GuardContext) => GuardVerdict;
