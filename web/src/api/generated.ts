/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An article to ingest. */
export type ArticleInput = {
  /** Publication date, `YYYY-MM-DD`; relative dates in the text resolve against it. */
  publishedAt?: string | null | undefined;
  /** Outlet or agency name. */
  source?: string | null | undefined;
  /** Full text. */
  text: string;
  /** Headline. */
  title: string;
  /** Where it was published. */
  url?: string | null | undefined;
};

/** How finely a statement's date is known. */
export type DatePrecision =
  /** The day is known. */
  | 'DAY'
  /** Only the month is known. */
  | 'MONTH'
  /** Only the year is known. */
  | 'YEAR';

/** Where a statement's date comes from. */
export type DateSource =
  /** Borrowed from the article's publication date: the statement states no date of its own, so treat it as uncertain. */
  | 'PUBLICATION'
  /** Resolved from a relative expression such as 'last Friday' against the publication date. */
  | 'RELATIVE'
  /** An explicit date in the text. */
  | 'STATED';

/** Relationship types that a graph view shows. */
export type EdgeType =
  /** Person → Country or Organization: a role. */
  | 'HOLDS_ROLE'
  /** Country → Treaty: a party to it. */
  | 'PARTY_TO'
  /** Organization → Country: a body of that country. */
  | 'PART_OF'
  /** Speaker → subject, aggregated from statements: the diplomatic relation, with count and average tone. */
  | 'SPOKE_ABOUT';

/** The four kinds of entity in the graph. */
export type EntityKind =
  /** A sovereign state or territory (ISO 3166-1). */
  | 'COUNTRY'
  /** A ministry, agency, alliance, company, broadcaster or other body. */
  | 'ORGANIZATION'
  /** A named person. */
  | 'PERSON'
  /** A treaty, agreement, declaration or named ceasefire. */
  | 'TREATY';

/** What happened to one article of an ingest. */
export type IngestStatus =
  /** Not stored; see `error`. */
  | 'FAILED'
  /** Stored for the first time. */
  | 'NEW'
  /** Stored before with the same content, skipped. */
  | 'UNCHANGED'
  /** Stored before with other content, replaced. */
  | 'UPDATED';

/** Width of the periods of a timeline. */
export type Interval =
  /** Calendar months. */
  | 'MONTH'
  /** ISO weeks, starting on Monday. */
  | 'WEEK'
  /** Calendar years. */
  | 'YEAR';

/** A speaker → subject relation: what `speaker` said about `subject`. */
export type RelationInput = {
  /** Id of the speaking entity. */
  speaker: string | number;
  /** Id of the entity spoken about. */
  subject: string | number;
};

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { persons: number, countries: number, organizations: number, treaties: number, statements: number, articles: number, firstDate: string | null, lastDate: string | null, sampleData: boolean }, topEntities: Array<
    | { id: string, kind: EntityKind, name: string, mentionCount: number }
    | { id: string, kind: EntityKind, name: string, mentionCount: number }
    | { id: string, kind: EntityKind, name: string, mentionCount: number }
    | { id: string, kind: EntityKind, name: string, mentionCount: number }
  > };

export type SearchQueryVariables = Exact<{
  query: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, mentionCount: number }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, mentionCount: number }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, mentionCount: number }
    | { id: string, kind: EntityKind, name: string, aliases: Array<string>, mentionCount: number }
  > };

export type GraphPartsFragment = { truncated: boolean, total: number, nodes: Array<{ id: string, kind: EntityKind, label: string, weight: number }>, edges: Array<{ id: string, source: string, target: string, type: EdgeType, label: string, weight: number, count: number, tone: number | null, firstSeen: string | null, lastSeen: string | null }> };

export type NeighborhoodQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  depth?: number | null | undefined;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, total: number, nodes: Array<{ id: string, kind: EntityKind, label: string, weight: number }>, edges: Array<{ id: string, source: string, target: string, type: EdgeType, label: string, weight: number, count: number, tone: number | null, firstSeen: string | null, lastSeen: string | null }> } };

export type EvidencePartsFragment = { text: string, start: number, end: number, article: { id: string, title: string, publishedAt: string | null, source: string | null, mentions: Array<{ start: number, end: number, entity:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export type EdgeEvidenceQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  limit?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type EdgeEvidenceQuery = { neighborhood: { edges: Array<{ id: string, source: string, target: string, type: EdgeType, label: string, count: number, tone: number | null, firstSeen: string | null, lastSeen: string | null, evidence: Array<{ text: string, start: number, end: number, article: { id: string, title: string, publishedAt: string | null, source: string | null, mentions: Array<{ start: number, end: number, entity:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
             }> } }> }> } };

export type PathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
}>;


export type PathQuery = { path: { truncated: boolean, total: number, edges: Array<{ id: string, source: string, target: string, type: EdgeType, label: string, weight: number, count: number, tone: number | null, firstSeen: string | null, lastSeen: string | null, evidence: Array<{ text: string, start: number, end: number, article: { id: string, title: string, publishedAt: string | null, source: string | null, mentions: Array<{ start: number, end: number, entity:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
             }> } }> }>, nodes: Array<{ id: string, kind: EntityKind, label: string, weight: number }> } };

type EntityRef_Country_Fragment = { id: string, kind: EntityKind, name: string };

type EntityRef_Organization_Fragment = { id: string, kind: EntityKind, name: string };

type EntityRef_Person_Fragment = { id: string, kind: EntityKind, name: string };

type EntityRef_Treaty_Fragment = { id: string, kind: EntityKind, name: string };

export type EntityRefFragment =
  | EntityRef_Country_Fragment
  | EntityRef_Organization_Fragment
  | EntityRef_Person_Fragment
  | EntityRef_Treaty_Fragment
;

export type StatementPartsFragment = { id: string, quote: string | null, text: string, verb: string | null, tone: number | null, saidAt: string | null, datePrecision: DatePrecision | null, category: { code: string, label: string } | null, speaker:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , about: Array<
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  >, article: { id: string, title: string, publishedAt: string | null }, span: { start: number, end: number } };

export type StatementPageFragment = { totalCount: number, edges: Array<{ node: { id: string, quote: string | null, text: string, verb: string | null, tone: number | null, saidAt: string | null, datePrecision: DatePrecision | null, category: { code: string, label: string } | null, speaker:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
      , about: Array<
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
      >, article: { id: string, title: string, publishedAt: string | null }, span: { start: number, end: number } } }> };

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityDetailsQuery = { entity:
    | { __typename: 'Country', iso3: string, id: string, kind: EntityKind, name: string, aliases: Array<string>, mentionCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, people: Array<{ id: string, kind: EntityKind, name: string }>, organizations: Array<{ id: string, kind: EntityKind, name: string }>, treaties: Array<{ status: string | null, id: string, kind: EntityKind, name: string }>, made: { totalCount: number, edges: Array<{ node: { id: string, quote: string | null, text: string, verb: string | null, tone: number | null, saidAt: string | null, datePrecision: DatePrecision | null, category: { code: string, label: string } | null, speaker:
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
            , about: Array<
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
            >, article: { id: string, title: string, publishedAt: string | null }, span: { start: number, end: number } } }> }, statementsAbout: { totalCount: number, edges: Array<{ node: { id: string, quote: string | null, text: string, verb: string | null, tone: number | null, saidAt: string | null, datePrecision: DatePrecision | null, category: { code: string, label: string } | null, speaker:
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
            , about: Array<
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
            >, article: { id: string, title: string, publishedAt: string | null }, span: { start: number, end: number } } }> } }
    | { __typename: 'Organization', id: string, kind: EntityKind, name: string, aliases: Array<string>, mentionCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, country: { id: string, kind: EntityKind, name: string } | null, people: Array<{ id: string, kind: EntityKind, name: string }>, made: { totalCount: number, edges: Array<{ node: { id: string, quote: string | null, text: string, verb: string | null, tone: number | null, saidAt: string | null, datePrecision: DatePrecision | null, category: { code: string, label: string } | null, speaker:
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
            , about: Array<
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
            >, article: { id: string, title: string, publishedAt: string | null }, span: { start: number, end: number } } }> }, statementsAbout: { totalCount: number, edges: Array<{ node: { id: string, quote: string | null, text: string, verb: string | null, tone: number | null, saidAt: string | null, datePrecision: DatePrecision | null, category: { code: string, label: string } | null, speaker:
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
            , about: Array<
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
            >, article: { id: string, title: string, publishedAt: string | null }, span: { start: number, end: number } } }> } }
    | { __typename: 'Person', id: string, kind: EntityKind, name: string, aliases: Array<string>, mentionCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, roles: Array<{ title: string, firstSeen: string | null, lastSeen: string | null, articleCount: number, of:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , evidence: Array<{ text: string, start: number, end: number, article: { id: string, title: string, publishedAt: string | null } }> }>, made: { totalCount: number, edges: Array<{ node: { id: string, quote: string | null, text: string, verb: string | null, tone: number | null, saidAt: string | null, datePrecision: DatePrecision | null, category: { code: string, label: string } | null, speaker:
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
            , about: Array<
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
            >, article: { id: string, title: string, publishedAt: string | null }, span: { start: number, end: number } } }> }, statementsAbout: { totalCount: number, edges: Array<{ node: { id: string, quote: string | null, text: string, verb: string | null, tone: number | null, saidAt: string | null, datePrecision: DatePrecision | null, category: { code: string, label: string } | null, speaker:
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
            , about: Array<
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
            >, article: { id: string, title: string, publishedAt: string | null }, span: { start: number, end: number } } }> } }
    | { __typename: 'Treaty', signedAt: string | null, status: string | null, id: string, kind: EntityKind, name: string, aliases: Array<string>, mentionCount: number, articleCount: number, firstSeen: string | null, lastSeen: string | null, parties: Array<{ id: string, kind: EntityKind, name: string }>, statementsAbout: { totalCount: number, edges: Array<{ node: { id: string, quote: string | null, text: string, verb: string | null, tone: number | null, saidAt: string | null, datePrecision: DatePrecision | null, category: { code: string, label: string } | null, speaker:
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
            , about: Array<
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
              | { id: string, kind: EntityKind, name: string }
            >, article: { id: string, title: string, publishedAt: string | null }, span: { start: number, end: number } } }> } }
   | null };

export type ArticleViewQueryVariables = Exact<{
  id: string | number;
}>;


export type ArticleViewQuery = { article: { id: string, title: string, summary: string | null, url: string | null, source: string | null, publishedAt: string | null, text: string, mentions: Array<{ start: number, end: number, text: string, entity:
        | { mentionCount: number, id: string, kind: EntityKind, name: string }
        | { mentionCount: number, id: string, kind: EntityKind, name: string }
        | { mentionCount: number, id: string, kind: EntityKind, name: string }
        | { mentionCount: number, id: string, kind: EntityKind, name: string }
       }>, statements: Array<{ id: string, tone: number | null, quote: string | null, category: { label: string } | null, speaker:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
      , span: { start: number, end: number } }> } | null };

export type TimelineStatementPartsFragment = { id: string, quote: string | null, text: string, tone: number | null, saidAt: string | null, datePrecision: DatePrecision | null, dateSource: DateSource | null, category: { code: string, label: string } | null, speaker:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , about: Array<
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  >, article: { id: string, title: string, publishedAt: string | null, url: string | null }, span: { start: number, end: number } };

export type TimelineStatementsQueryVariables = Exact<{
  relations: Array<RelationInput> | RelationInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TimelineStatementsQuery = { relationStatements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, quote: string | null, text: string, tone: number | null, saidAt: string | null, datePrecision: DatePrecision | null, dateSource: DateSource | null, category: { code: string, label: string } | null, speaker:
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        , about: Array<
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
          | { id: string, kind: EntityKind, name: string }
        >, article: { id: string, title: string, publishedAt: string | null, url: string | null }, span: { start: number, end: number } } }> } };

export type BucketPartsFragment = { period: string, count: number, averageTone: number | null, categories: Array<{ count: number, category: { code: string, label: string } }> };

export type RelationTimelineQueryVariables = Exact<{
  a: string | number;
  b: string | number;
  interval?: Interval | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
}>;


export type RelationTimelineQuery = { ab: Array<{ period: string, count: number, averageTone: number | null, categories: Array<{ count: number, category: { code: string, label: string } }> }>, ba: Array<{ period: string, count: number, averageTone: number | null, categories: Array<{ count: number, category: { code: string, label: string } }> }> };

export type RelationPeriodQueryVariables = Exact<{
  a: string | number;
  b: string | number;
  interval?: Interval | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type RelationPeriodQuery = { relationTimeline: Array<{ period: string, count: number, statements: Array<{ id: string, quote: string | null, text: string, tone: number | null, saidAt: string | null, datePrecision: DatePrecision | null, dateSource: DateSource | null, category: { code: string, label: string } | null, speaker:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
      , about: Array<
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
      >, article: { id: string, title: string, publishedAt: string | null, url: string | null }, span: { start: number, end: number } }> }> };

export type ToneMapQueryVariables = Exact<{
  since?: string | null | undefined;
  until?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ToneMapQuery = { toneMap: { countries: Array<{ id: string, name: string, mentionCount: number }>, cells: Array<{ speaker: string, subject: string, count: number, averageTone: number }> } };

export type IngestArticlesMutationVariables = Exact<{
  input: Array<ArticleInput> | ArticleInput;
}>;


export type IngestArticlesMutation = { ingestArticles: { new: number, updated: number, unchanged: number, failed: number, statementsWritten: number, elapsedMs: number, results: Array<{ index: number, articleId: string | null, title: string, status: IngestStatus, error: string | null, newEntities: Array<
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
      > }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const GraphPartsFragmentDoc = new TypedDocumentString(`
    fragment GraphParts on Graph {
  nodes {
    id
    kind
    label
    weight
  }
  edges {
    id
    source
    target
    type
    label
    weight
    count
    tone
    firstSeen
    lastSeen
  }
  truncated
  total
}
    `, {"fragmentName":"GraphParts"}) as unknown as TypedDocumentString<GraphPartsFragment, unknown>;
export const EvidencePartsFragmentDoc = new TypedDocumentString(`
    fragment EvidenceParts on Evidence {
  text
  start
  end
  article {
    id
    title
    publishedAt
    source
    mentions {
      start
      end
      entity {
        id
      }
    }
  }
}
    `, {"fragmentName":"EvidenceParts"}) as unknown as TypedDocumentString<EvidencePartsFragment, unknown>;
export const EntityRefFragmentDoc = new TypedDocumentString(`
    fragment EntityRef on Entity {
  id
  kind
  name
}
    `, {"fragmentName":"EntityRef"}) as unknown as TypedDocumentString<EntityRefFragment, unknown>;
export const StatementPartsFragmentDoc = new TypedDocumentString(`
    fragment StatementParts on Statement {
  id
  quote
  text
  verb
  tone
  saidAt
  datePrecision
  category {
    code
    label
  }
  speaker {
    ...EntityRef
  }
  about {
    ...EntityRef
  }
  article {
    id
    title
    publishedAt
  }
  span {
    start
    end
  }
}
    fragment EntityRef on Entity {
  id
  kind
  name
}`, {"fragmentName":"StatementParts"}) as unknown as TypedDocumentString<StatementPartsFragment, unknown>;
export const StatementPageFragmentDoc = new TypedDocumentString(`
    fragment StatementPage on StatementConnection {
  totalCount
  edges {
    node {
      ...StatementParts
    }
  }
}
    fragment EntityRef on Entity {
  id
  kind
  name
}
fragment StatementParts on Statement {
  id
  quote
  text
  verb
  tone
  saidAt
  datePrecision
  category {
    code
    label
  }
  speaker {
    ...EntityRef
  }
  about {
    ...EntityRef
  }
  article {
    id
    title
    publishedAt
  }
  span {
    start
    end
  }
}`, {"fragmentName":"StatementPage"}) as unknown as TypedDocumentString<StatementPageFragment, unknown>;
export const TimelineStatementPartsFragmentDoc = new TypedDocumentString(`
    fragment TimelineStatementParts on Statement {
  id
  quote
  text
  tone
  saidAt
  datePrecision
  dateSource
  category {
    code
    label
  }
  speaker {
    id
    kind
    name
  }
  about {
    id
    kind
    name
  }
  article {
    id
    title
    publishedAt
    url
  }
  span {
    start
    end
  }
}
    `, {"fragmentName":"TimelineStatementParts"}) as unknown as TypedDocumentString<TimelineStatementPartsFragment, unknown>;
export const BucketPartsFragmentDoc = new TypedDocumentString(`
    fragment BucketParts on TimelineBucket {
  period
  count
  averageTone
  categories {
    category {
      code
      label
    }
    count
  }
}
    `, {"fragmentName":"BucketParts"}) as unknown as TypedDocumentString<BucketPartsFragment, unknown>;
export const StatsDocument = new TypedDocumentString(`
    query Stats {
  stats {
    persons
    countries
    organizations
    treaties
    statements
    articles
    firstDate
    lastDate
    sampleData
  }
  topEntities(first: 10) {
    id
    kind
    name
    mentionCount
  }
}
    `) as unknown as TypedDocumentString<StatsQuery, StatsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $kinds: [EntityKind!], $first: Int) {
  search(query: $query, kinds: $kinds, first: $first) {
    id
    kind
    name
    aliases
    mentionCount
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($ids: [ID!]!, $depth: Int, $kinds: [EntityKind!], $since: Date, $until: Date, $limit: Int) {
  neighborhood(
    ids: $ids
    depth: $depth
    kinds: $kinds
    since: $since
    until: $until
    limit: $limit
  ) {
    ...GraphParts
  }
}
    fragment GraphParts on Graph {
  nodes {
    id
    kind
    label
    weight
  }
  edges {
    id
    source
    target
    type
    label
    weight
    count
    tone
    firstSeen
    lastSeen
  }
  truncated
  total
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const EdgeEvidenceDocument = new TypedDocumentString(`
    query EdgeEvidence($ids: [ID!]!, $limit: Int, $first: Int) {
  neighborhood(ids: $ids, depth: 1, limit: $limit) {
    edges {
      id
      source
      target
      type
      label
      count
      tone
      firstSeen
      lastSeen
      evidence(first: $first) {
        ...EvidenceParts
      }
    }
  }
}
    fragment EvidenceParts on Evidence {
  text
  start
  end
  article {
    id
    title
    publishedAt
    source
    mentions {
      start
      end
      entity {
        id
      }
    }
  }
}`) as unknown as TypedDocumentString<EdgeEvidenceQuery, EdgeEvidenceQueryVariables>;
export const PathDocument = new TypedDocumentString(`
    query Path($from: ID!, $to: ID!, $maxHops: Int) {
  path(from: $from, to: $to, maxHops: $maxHops) {
    ...GraphParts
    edges {
      id
      evidence(first: 2) {
        ...EvidenceParts
      }
    }
  }
}
    fragment GraphParts on Graph {
  nodes {
    id
    kind
    label
    weight
  }
  edges {
    id
    source
    target
    type
    label
    weight
    count
    tone
    firstSeen
    lastSeen
  }
  truncated
  total
}
fragment EvidenceParts on Evidence {
  text
  start
  end
  article {
    id
    title
    publishedAt
    source
    mentions {
      start
      end
      entity {
        id
      }
    }
  }
}`) as unknown as TypedDocumentString<PathQuery, PathQueryVariables>;
export const EntityDetailsDocument = new TypedDocumentString(`
    query EntityDetails($id: ID!) {
  entity(id: $id) {
    __typename
    id
    kind
    name
    aliases
    mentionCount
    articleCount
    firstSeen
    lastSeen
    ... on Person {
      roles {
        title
        firstSeen
        lastSeen
        articleCount
        of {
          ...EntityRef
        }
        evidence(first: 3) {
          text
          start
          end
          article {
            id
            title
            publishedAt
          }
        }
      }
      made: statements(first: 20) {
        ...StatementPage
      }
      statementsAbout(first: 20) {
        ...StatementPage
      }
    }
    ... on Country {
      iso3
      people(first: 30) {
        ...EntityRef
      }
      organizations(first: 30) {
        ...EntityRef
      }
      treaties {
        ...EntityRef
        status
      }
      made: statements(first: 20) {
        ...StatementPage
      }
      statementsAbout(first: 20) {
        ...StatementPage
      }
    }
    ... on Organization {
      country {
        ...EntityRef
      }
      people(first: 30) {
        ...EntityRef
      }
      made: statements(first: 20) {
        ...StatementPage
      }
      statementsAbout(first: 20) {
        ...StatementPage
      }
    }
    ... on Treaty {
      parties {
        ...EntityRef
      }
      signedAt
      status
      statementsAbout(first: 20) {
        ...StatementPage
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  kind
  name
}
fragment StatementParts on Statement {
  id
  quote
  text
  verb
  tone
  saidAt
  datePrecision
  category {
    code
    label
  }
  speaker {
    ...EntityRef
  }
  about {
    ...EntityRef
  }
  article {
    id
    title
    publishedAt
  }
  span {
    start
    end
  }
}
fragment StatementPage on StatementConnection {
  totalCount
  edges {
    node {
      ...StatementParts
    }
  }
}`) as unknown as TypedDocumentString<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const ArticleViewDocument = new TypedDocumentString(`
    query ArticleView($id: ID!) {
  article(id: $id) {
    id
    title
    summary
    url
    source
    publishedAt
    text
    mentions {
      start
      end
      text
      entity {
        ...EntityRef
        mentionCount
      }
    }
    statements {
      id
      tone
      quote
      category {
        label
      }
      speaker {
        ...EntityRef
      }
      span {
        start
        end
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  kind
  name
}`) as unknown as TypedDocumentString<ArticleViewQuery, ArticleViewQueryVariables>;
export const TimelineStatementsDocument = new TypedDocumentString(`
    query TimelineStatements($relations: [RelationInput!]!, $first: Int, $after: String) {
  relationStatements(relations: $relations, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...TimelineStatementParts
      }
    }
  }
}
    fragment TimelineStatementParts on Statement {
  id
  quote
  text
  tone
  saidAt
  datePrecision
  dateSource
  category {
    code
    label
  }
  speaker {
    id
    kind
    name
  }
  about {
    id
    kind
    name
  }
  article {
    id
    title
    publishedAt
    url
  }
  span {
    start
    end
  }
}`) as unknown as TypedDocumentString<TimelineStatementsQuery, TimelineStatementsQueryVariables>;
export const RelationTimelineDocument = new TypedDocumentString(`
    query RelationTimeline($a: ID!, $b: ID!, $interval: Interval, $since: Date, $until: Date) {
  ab: relationTimeline(
    a: $a
    b: $b
    interval: $interval
    since: $since
    until: $until
  ) {
    ...BucketParts
  }
  ba: relationTimeline(
    a: $b
    b: $a
    interval: $interval
    since: $since
    until: $until
  ) {
    ...BucketParts
  }
}
    fragment BucketParts on TimelineBucket {
  period
  count
  averageTone
  categories {
    category {
      code
      label
    }
    count
  }
}`) as unknown as TypedDocumentString<RelationTimelineQuery, RelationTimelineQueryVariables>;
export const RelationPeriodDocument = new TypedDocumentString(`
    query RelationPeriod($a: ID!, $b: ID!, $interval: Interval, $since: Date, $until: Date, $first: Int) {
  relationTimeline(
    a: $a
    b: $b
    interval: $interval
    since: $since
    until: $until
  ) {
    period
    count
    statements(first: $first) {
      ...TimelineStatementParts
    }
  }
}
    fragment TimelineStatementParts on Statement {
  id
  quote
  text
  tone
  saidAt
  datePrecision
  dateSource
  category {
    code
    label
  }
  speaker {
    id
    kind
    name
  }
  about {
    id
    kind
    name
  }
  article {
    id
    title
    publishedAt
    url
  }
  span {
    start
    end
  }
}`) as unknown as TypedDocumentString<RelationPeriodQuery, RelationPeriodQueryVariables>;
export const ToneMapDocument = new TypedDocumentString(`
    query ToneMap($since: Date, $until: Date, $first: Int) {
  toneMap(since: $since, until: $until, first: $first) {
    countries {
      id
      name
      mentionCount
    }
    cells {
      speaker
      subject
      count
      averageTone
    }
  }
}
    `) as unknown as TypedDocumentString<ToneMapQuery, ToneMapQueryVariables>;
export const IngestArticlesDocument = new TypedDocumentString(`
    mutation IngestArticles($input: [ArticleInput!]!) {
  ingestArticles(input: $input) {
    new
    updated
    unchanged
    failed
    statementsWritten
    elapsedMs
    results {
      index
      articleId
      title
      status
      error
      newEntities {
        id
        kind
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IngestArticlesMutation, IngestArticlesMutationVariables>;