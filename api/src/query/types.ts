import type { EntityKind } from '../extract/types';

export type { EntityKind };

/** An entity node as the query stage returns it: the fields of every kind, null where a kind has none. */
export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  mentionCount: number;
  articleCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Country only. */
  iso3: string | null;
  /** Treaty only. */
  status: string | null;
  signedAt: string | null;
}

/** A Statement node with the ids of its speaker and subjects (resolved to entities by the API's loaders). */
export interface StatementRow {
  id: string;
  quote: string | null;
  text: string;
  verb: string | null;
  categoryCode: string | null;
  categoryLabel: string | null;
  tone: number | null;
  saidAt: string | null;
  /** As stored: 'day' | 'month' | 'year' or null. */
  datePrecision: string | null;
  /** As stored: 'stated' | 'relative' | 'publication', or null on data stored before it existed. */
  dateSource: string | null;
  start: number;
  end: number;
  articleId: string;
  /** The reporting article's publication date (the second sort key). */
  publishedAt: string | null;
  speakerId: string;
  aboutIds: string[];
}

/** An Article node; `text` is the stored body every span indexes into. */
export interface ArticleRow {
  id: string;
  title: string;
  summary: string | null;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  text: string;
}

/** One mention of an entity in an article, `text === article.text.slice(start, end)`. */
export interface MentionRow {
  entity: EntityRow;
  start: number;
  end: number;
  text: string;
}

/** A `HOLDS_ROLE` relationship seen from its person. */
export interface RoleRow {
  personId: string;
  title: string;
  titleKey: string;
  of: EntityRow;
  firstSeen: string | null;
  lastSeen: string | null;
  articleCount: number;
}

/** A source sentence: the article id and the exact span (`text === body.slice(start, end)`). */
export interface EvidenceRow {
  articleId: string;
  text: string;
  start: number;
  end: number;
}

/** Relationship types a graph view shows (the only ones the query stage interpolates into Cypher). */
export const EDGE_TYPES = ['HOLDS_ROLE', 'PARTY_TO', 'PART_OF', 'SPOKE_ABOUT'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/** An entity as a node of a graph view. */
export interface GraphNodeRow {
  id: string;
  kind: EntityKind;
  label: string;
  weight: number;
}

/** A relationship of a graph view, with the aggregates stored on it. */
export interface EdgeRow {
  type: EdgeType;
  source: string;
  target: string;
  /** HOLDS_ROLE only. */
  title: string | null;
  titleKey: string | null;
  /** Supporting articles, or statements for SPOKE_ABOUT. */
  count: number;
  /** SPOKE_ABOUT only: average tone. */
  tone: number | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** A piece of the graph. */
export interface GraphRow {
  nodes: GraphNodeRow[];
  edges: EdgeRow[];
  truncated: boolean;
  total: number;
}

/** One page of a connection: rows with their opaque cursors, whether more follow, and the total. */
export interface PageRow<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** A statement category with a count. */
export interface CategoryCountRow {
  category: { code: string; label: string };
  count: number;
}

/** Where one period's statements of a relation timeline are: the relation (B and A's speakers that spoke about it) and its latest days. */
export interface RelationStatementWindow {
  relation: { key: string; b: string; speakerIds: string[] };
  period: string;
  /** The period's latest days with statements that hold its `first` newest ones, newest first. */
  newestDays(first: number): string[];
}

/** A request for the ids of a period's `first` newest statements (a DataLoader key). */
export interface RelationStatementsKey {
  window: RelationStatementWindow;
  first: number;
}

/** One period of a relation timeline; its statements are loaded on demand from `statementWindow` (findRelationStatements). */
export interface TimelineBucketRow {
  period: string;
  count: number;
  averageTone: number | null;
  minTone: number | null;
  maxTone: number | null;
  categories: CategoryCountRow[];
  statementWindow: RelationStatementWindow;
}

/** The tone matrix of the most active countries. */
export interface ToneMapRow {
  countries: EntityRow[];
  cells: Array<{ speaker: string; subject: string; count: number; averageTone: number }>;
}

/** Counts over the whole graph. */
export interface StatsRow {
  persons: number;
  countries: number;
  organizations: number;
  treaties: number;
  statements: number;
  articles: number;
  firstDate: string | null;
  lastDate: string | null;
  sampleData: boolean;
}
