/** A role a known person holds, as resolution compares it: the folded title and the country or organisation id. */
export interface KnownRole {
  titleKey: string;
  target: string;
  /** How many articles give the person this role (unknown counts as 1): a role met once among many others is weak evidence. */
  articles?: number;
}

/**
 * A person node already known (in the graph or named by full name earlier in the batch) that a new person may resolve to.
 * `roles` and the `firstSeen`/`lastSeen` dates of those roles come only from articles that name the person in full, so a
 * surname-only link never becomes evidence for itself.
 */
export interface KnownPerson {
  id: string;
  name: string;
  roles?: readonly KnownRole[];
  firstSeen?: string | null;
  lastSeen?: string | null;
  /** How many articles name the person in full (the salience prior of `rules/salience.ts`); unknown counts as 0. */
  namedInFull?: number;
}

/** One full-name rule: given a person an article names in full and the known persons sharing its surname, the id it resolves to, or null to pass. */
export interface PersonRule {
  name: string;
  resolve(person: KnownPerson, candidates: readonly KnownPerson[]): string | null;
}

/** A person an article names by surname alone, with the context that article gives it. */
export interface SurnameMention {
  /** The extractor's id (`person:novak`) and name (`Novak`). */
  id: string;
  name: string;
  /** Folded role titles the article gives this person ("foreign minister"), with or without a country or organisation. */
  titleKeys: readonly string[];
  /** Countries and organisations the article names this person's roles for. */
  targets: readonly string[];
  /** Every country and organisation the article mentions. */
  mentioned: readonly string[];
  /** The article's publication date (`YYYY-MM-DD`) or null. */
  publishedAt: string | null;
  /** Ids of the persons the same article names in full. */
  inArticle: readonly string[];
}

/** One piece of evidence for or against a surname-only mention being a candidate: a signed score, 0 when it says nothing. */
export interface SurnameEvidence {
  name: string;
  score(mention: SurnameMention, candidate: KnownPerson): number;
}

/** A person id an extraction used that now points at another node, and the rule that decided it. */
export interface PersonMerge {
  articleId: string;
  fromId: string;
  toId: string;
  rule: string;
}
