import type { Issue } from '../source/types';

export type { Issue };

/** Entity kinds of the graph. */
export type EntityKind = 'Person' | 'Country' | 'Organization' | 'Treaty';

/** A character range in the article body, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A surface form of an entity at a place in the body; `text === body.slice(start, end)`. */
export interface Mention extends Span {
  text: string;
}

/** A reference from one fact to an entity. */
export interface EntityRef {
  kind: EntityKind;
  id: string;
  name: string;
}

/** A role a person holds, as the text states it. `span` is the sentence that states it. */
export interface RoleFact {
  title: string;
  of: EntityRef | null;
  span: Span | null;
}

export interface PersonFact {
  id: string;
  name: string;
  aliases: string[];
  roles: RoleFact[];
  mentions: Mention[];
}

export interface CountryFact {
  id: string;
  name: string;
  iso3: string;
  mentions: Mention[];
}

export interface OrganizationFact {
  id: string;
  name: string;
  aliases: string[];
  /** Country id (`country:XXX`) the organisation belongs to, or null. */
  country: string | null;
  mentions: Mention[];
}

export type TreatyStatus = 'signed' | 'ratification pending' | 'in force' | 'suspended' | 'withdrawn' | 'under negotiation' | 'agreed' | null;

export interface TreatyFact {
  id: string;
  name: string;
  aliases: string[];
  parties: string[];
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or null. */
  signedAt: string | null;
  status: TreatyStatus;
  mentions: Mention[];
}

export type DatePrecision = 'day' | 'month' | 'year' | null;

/** Where a statement's date comes from: an explicit date, a relative expression resolved against the publication date, or borrowed from the article (no date of its own). */
export type DateSource = 'stated' | 'relative' | 'publication';

export interface StatementFact {
  id: string;
  speaker: EntityRef;
  /** The exact quoted words, fragments joined by " [...] ", or null for reported speech. */
  quote: string | null;
  /** The sentence(s) the statement came from. */
  text: string;
  verb: string;
  category: { code: string; label: string };
  tone: number;
  about: EntityRef[];
  saidAt: string | null;
  datePrecision: DatePrecision;
  /** Null when `saidAt` is null; `publication` marks a date the statement does not state itself (draw it as uncertain). */
  dateSource: DateSource | null;
  span: Span;
  /** Further parties of a joint statement ("X and Y said"), when there are any; `speaker` is the first-named. */
  coSpeakers?: EntityRef[];
}

/** The `diplograph extract` output for one article; field names are a public contract (issue 3 §5). */
export interface ExtractionResult {
  article: {
    id: string;
    title: string | null;
    summary: string | null;
    url: string | null;
    publishedAt: string | null;
    source: string | null;
  };
  persons: PersonFact[];
  countries: CountryFact[];
  organizations: OrganizationFact[];
  treaties: TreatyFact[];
  statements: StatementFact[];
  issues: Issue[];
}
