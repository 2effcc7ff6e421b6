/** A person as the gold annotations name it (see ../shared/corpus/README.md). */
export interface GoldPerson {
  name: string;
  aliases: string[];
  roles: Array<{ title: string; of: string | null }>;
}

/** An organisation as the gold annotations name it. */
export interface GoldOrganization {
  name: string;
  aliases: string[];
}

/** A treaty as the gold annotations name it; parties are country or organisation names. */
export interface GoldTreaty {
  name: string;
  aliases: string[];
  parties: string[];
  status: string | null;
  date: string | null;
}

/** One gold speech act; `quote` fragments are joined by " [...] ", null for indirect speech. */
export interface GoldStatement {
  speaker: string;
  quote: string | null;
  summary: string;
  verb: string;
  about: string[];
  date: string | null;
  verb_alternatives?: string[];
  co_speakers?: string[];
  borderline?: boolean;
}

/** One line of a gold file: the hand-annotated graph of one article, keyed by the article id. */
export interface GoldRecord {
  id: string;
  persons: GoldPerson[];
  countries: string[];
  organizations: GoldOrganization[];
  treaties: GoldTreaty[];
  statements: GoldStatement[];
}

/** The kinds of facts the scorer counts, in table order. */
export const EVAL_TYPES = ['persons', 'countries', 'organizations', 'treaties', 'roles', 'statements', 'statementsContent'] as const;

/** One of the counted fact kinds; `statementsContent` is the speaker-agnostic statement score. */
export type EvalType = (typeof EVAL_TYPES)[number];

/** True positives, false positives and false negatives of one type. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Counts with precision, recall and F1 (0 when undefined). */
export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** How statement dates fared on matched statements: `total` gold dates, `correct` predicted dates that start with them. */
export interface DateCounts {
  correct: number;
  total: number;
  /** Matched statements where the prediction has a date but the gold has none (not an error, just reported). */
  extra: number;
}

/** The score of one article with the names of what it missed and what it predicted wrongly, per type. */
export interface ArticleEval {
  id: string;
  counts: Record<EvalType, Counts>;
  misses: Record<EvalType, string[]>;
  falsePositives: Record<EvalType, string[]>;
  dates: DateCounts;
  /** Matched statements with a gold date whose predicted date is wrong: "gold vs predicted". */
  wrongDates: string[];
}

/** The whole evaluation: per-article results, micro-averaged totals, date accuracy and warnings (unknown ids, unresolved names). */
export interface EvalReport {
  articles: ArticleEval[];
  totals: Record<EvalType, Score>;
  dates: DateCounts & { accuracy: number };
  warnings: string[];
}
