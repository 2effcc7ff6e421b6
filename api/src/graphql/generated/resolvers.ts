import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRow, StatementRow, ArticleRow, MentionRow, RoleRow, EvidenceRow, GraphRow, GraphNodeRow, EdgeRow, TimelineBucketRow } from '../../query/types';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date in ISO 8601 form. As an argument it must be a real day written `YYYY-MM-DD`.
   * As a value it is `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where the source only states the month or the year.
   */
  Date: { input: string; output: string; }
};

/** A news article and what was extracted from it. */
export type Article = {
  __typename?: 'Article';
  /** Stable id, `art:<hash>`. */
  id: Scalars['ID']['output'];
  /** Every entity mention in the text, in text order. */
  mentions: Array<Mention>;
  /** Publication date. */
  publishedAt: Maybe<Scalars['Date']['output']>;
  /** Outlet or agency name. */
  source: Maybe<Scalars['String']['output']>;
  /** The statements reported in this article, in text order. */
  statements: Array<Statement>;
  /** One-line summary, when the source gives one. */
  summary: Maybe<Scalars['String']['output']>;
  /** The full text; every span of mentions, statements and evidence indexes into it. */
  text: Scalars['String']['output'];
  /** Headline. */
  title: Scalars['String']['output'];
  /** Where it was published. */
  url: Maybe<Scalars['String']['output']>;
};

/** A page of articles. */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The articles of this page, each with its cursor. */
  edges: Array<ArticleEdge>;
  /** Whether more follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many articles match in all. */
  totalCount: Scalars['Int']['output'];
};

/** An article in a page, with its cursor. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Opaque position of this article; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The article. */
  node: Article;
};

/** An article to ingest. */
export type ArticleInput = {
  /** Publication date, `YYYY-MM-DD`; relative dates in the text resolve against it. */
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** Outlet or agency name. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Full text. */
  text: Scalars['String']['input'];
  /** Headline. */
  title: Scalars['String']['input'];
  /** Where it was published. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** How many statements of one category. */
export type CategoryCount = {
  __typename?: 'CategoryCount';
  /** The category. */
  category: StatementCategory;
  /** How many statements. */
  count: Scalars['Int']['output'];
};

/** A sovereign state or territory. */
export type Country = Entity & {
  __typename?: 'Country';
  /** Other forms: official name, capital used as metonym, demonyms seen. */
  aliases: Array<Scalars['String']['output']>;
  /** How many articles mention this country. */
  articleCount: Scalars['Int']['output'];
  /** The articles that mention this country, newest first. */
  articles: ArticleConnection;
  /** Publication date of the earliest article that mentions this country. */
  firstSeen: Maybe<Scalars['Date']['output']>;
  /** Stable id, `country:<ISO3>`. */
  id: Scalars['ID']['output'];
  /** ISO 3166-1 alpha-3 code. */
  iso3: Scalars['String']['output'];
  /** Always COUNTRY. */
  kind: EntityKind;
  /** Publication date of the latest article that mentions this country. */
  lastSeen: Maybe<Scalars['Date']['output']>;
  /** How many times the articles mention this country. */
  mentionCount: Scalars['Int']['output'];
  /** Common English short name. */
  name: Scalars['String']['output'];
  /** Bodies that are part of this country (ministries, agencies), most mentioned first. */
  organizations: Array<Organization>;
  /** People holding a role for this country or for one of its bodies, most mentioned first. */
  people: Array<Person>;
  /** Statements by this country, newest first. */
  statements: StatementConnection;
  /** Statements about this country, newest first. */
  statementsAbout: StatementConnection;
  /** Treaties this country is party to. */
  treaties: Array<Treaty>;
};


/** A sovereign state or territory. */
export type CountryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A sovereign state or territory. */
export type CountryOrganizationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A sovereign state or territory. */
export type CountryPeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A sovereign state or territory. */
export type CountryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeOfficials?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A sovereign state or territory. */
export type CountryStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** The result of deleting an article. */
export type DeleteArticleResult = {
  __typename?: 'DeleteArticleResult';
  /** Whether an article was deleted (false when there was none). */
  deleted: Scalars['Boolean']['output'];
  /** Entities removed because no other article supported them. */
  entitiesRemoved: Scalars['Int']['output'];
  /** The deleted article's id. */
  id: Scalars['ID']['output'];
  /** Statements removed. */
  statementsRemoved: Scalars['Int']['output'];
};

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

/** Something the articles mention: a person, a country, an organisation or a treaty. */
export type Entity = {
  /** Every other surface form seen in the articles (spellings, acronyms, descriptions). */
  aliases: Array<Scalars['String']['output']>;
  /** How many articles mention it. */
  articleCount: Scalars['Int']['output'];
  /** The articles that mention it, newest first. */
  articles: ArticleConnection;
  /** Publication date of the earliest article that mentions it. */
  firstSeen: Maybe<Scalars['Date']['output']>;
  /** Stable id, for example `person:sergey-lavrov`, `country:RUS`, `org:nato`, `treaty:new-start`. */
  id: Scalars['ID']['output'];
  /** Which kind of entity this is. */
  kind: EntityKind;
  /** Publication date of the latest article that mentions it. */
  lastSeen: Maybe<Scalars['Date']['output']>;
  /** How many times the articles mention it, in all. */
  mentionCount: Scalars['Int']['output'];
  /** Canonical name. */
  name: Scalars['String']['output'];
};


/** Something the articles mention: a person, a country, an organisation or a treaty. */
export type EntityArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

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

/** A source sentence behind a fact: the article and the exact span of the sentence in its text. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The article the sentence comes from. */
  article: Article;
  /** Offset just past the sentence's last character. */
  end: Scalars['Int']['output'];
  /** Offset of the sentence's first character in the article text. */
  start: Scalars['Int']['output'];
  /** The sentence itself; equals `article.text.slice(start, end)`. */
  text: Scalars['String']['output'];
};

/** A piece of the graph, shaped for a graph view (Cytoscape elements). */
export type Graph = {
  __typename?: 'Graph';
  /** The relationships between them. */
  edges: Array<GraphEdge>;
  /** The entities in this piece. */
  nodes: Array<GraphNode>;
  /** How many nodes there were before the cut. */
  total: Scalars['Int']['output'];
  /** Whether `limit` cut the result. */
  truncated: Scalars['Boolean']['output'];
};

/** A relationship between two nodes of a graph view, with its sources. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Supporting articles, or statements for SPOKE_ABOUT. */
  count: Scalars['Int']['output'];
  /** The source sentences, newest first. */
  evidence: Array<Evidence>;
  /** Earliest date of its evidence. */
  firstSeen: Maybe<Scalars['Date']['output']>;
  /** Stable id: `<type>:<source>-><target>` (a role adds its title key). */
  id: Scalars['ID']['output'];
  /** Display label: the role title, 'party to', 'part of', or the count of statements. */
  label: Scalars['String']['output'];
  /** Latest date of its evidence. */
  lastSeen: Maybe<Scalars['Date']['output']>;
  /** Id of the source node. */
  source: Scalars['ID']['output'];
  /** Id of the target node. */
  target: Scalars['ID']['output'];
  /** Average Goldstein tone of the statements (SPOKE_ABOUT only). */
  tone: Maybe<Scalars['Float']['output']>;
  /** Relationship type. */
  type: EdgeType;
  /** Width for display: supporting articles (or statements, for SPOKE_ABOUT). */
  weight: Scalars['Float']['output'];
};


/** A relationship between two nodes of a graph view, with its sources. */
export type GraphEdgeEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An entity as a node of a graph view. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** The whole entity, for details. */
  entity: Entity;
  /** The entity id. */
  id: Scalars['ID']['output'];
  /** The entity kind. */
  kind: EntityKind;
  /** Display name. */
  label: Scalars['String']['output'];
  /** Importance for sizing and for choosing what to keep: the entity's mention count. */
  weight: Scalars['Float']['output'];
};

/** The result of an ingest: one result per input article, plus totals. */
export type IngestReport = {
  __typename?: 'IngestReport';
  /** How long it took, in milliseconds. */
  elapsedMs: Scalars['Int']['output'];
  /** Articles that failed. */
  failed: Scalars['Int']['output'];
  /** Articles stored for the first time. */
  new: Scalars['Int']['output'];
  /** One result per input article, in input order. */
  results: Array<IngestResult>;
  /** Statements written. */
  statementsWritten: Scalars['Int']['output'];
  /** Articles skipped as unchanged. */
  unchanged: Scalars['Int']['output'];
  /** Articles replaced. */
  updated: Scalars['Int']['output'];
};

/** The result of ingesting one article. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** The stored article's id (null when it failed before an id was known). */
  articleId: Maybe<Scalars['ID']['output']>;
  /** Why it failed, or a warning about what was skipped. */
  error: Maybe<Scalars['String']['output']>;
  /** Position of the article in the input list, from 0. */
  index: Scalars['Int']['output'];
  /** Entities this article created (they did not exist before). */
  newEntities: Array<Entity>;
  /** What happened. */
  status: IngestStatus;
  /** The input title. */
  title: Scalars['String']['output'];
};

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

/** One mention of an entity in an article's text. */
export type Mention = {
  __typename?: 'Mention';
  /** Offset just past the mention. */
  end: Scalars['Int']['output'];
  /** The entity mentioned. */
  entity: Entity;
  /** Offset of the first character of the mention. */
  start: Scalars['Int']['output'];
  /** The words as written; equals `article.text.slice(start, end)`. */
  text: Scalars['String']['output'];
};

/** Write operations. They need `Authorization: Bearer <DIPLOGRAPH_API_KEY>`; with no key configured they are accepted only while the server listens on loopback. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Removes an article and the facts only it supported. */
  deleteArticle: DeleteArticleResult;
  /** Extracts and stores articles through the same pipeline as `diplograph ingest`: idempotent, atomic per article, a result per article. */
  ingestArticles: IngestReport;
  /** Merges `merge` into `keep`: relationships and aliases move, `merge` is deleted and later ingests of its id land on `keep`. */
  mergeEntities: Entity;
  /** Sets an entity's canonical name; later ingests never overwrite it. */
  renameEntity: Entity;
};


/** Write operations. They need `Authorization: Bearer <DIPLOGRAPH_API_KEY>`; with no key configured they are accepted only while the server listens on loopback. */
export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
};


/** Write operations. They need `Authorization: Bearer <DIPLOGRAPH_API_KEY>`; with no key configured they are accepted only while the server listens on loopback. */
export type MutationIngestArticlesArgs = {
  input: Array<ArticleInput>;
};


/** Write operations. They need `Authorization: Bearer <DIPLOGRAPH_API_KEY>`; with no key configured they are accepted only while the server listens on loopback. */
export type MutationMergeEntitiesArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
};


/** Write operations. They need `Authorization: Bearer <DIPLOGRAPH_API_KEY>`; with no key configured they are accepted only while the server listens on loopback. */
export type MutationRenameEntityArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

/** A ministry, agency, alliance, company, broadcaster or other body. */
export type Organization = Entity & {
  __typename?: 'Organization';
  /** Other forms: acronyms, full names, translations. */
  aliases: Array<Scalars['String']['output']>;
  /** How many articles mention this organisation. */
  articleCount: Scalars['Int']['output'];
  /** The articles that mention this organisation, newest first. */
  articles: ArticleConnection;
  /** The country this body is part of, if any (a ministry's government). */
  country: Maybe<Country>;
  /** Publication date of the earliest article that mentions this organisation. */
  firstSeen: Maybe<Scalars['Date']['output']>;
  /** Stable id, `org:<acronym or slug>`. */
  id: Scalars['ID']['output'];
  /** Always ORGANIZATION. */
  kind: EntityKind;
  /** Publication date of the latest article that mentions this organisation. */
  lastSeen: Maybe<Scalars['Date']['output']>;
  /** How many times the articles mention this organisation. */
  mentionCount: Scalars['Int']['output'];
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** People holding a role in this organisation, most mentioned first. */
  people: Array<Person>;
  /** Statements by this organisation, newest first. */
  statements: StatementConnection;
  /** Statements about this organisation, newest first. */
  statementsAbout: StatementConnection;
};


/** A ministry, agency, alliance, company, broadcaster or other body. */
export type OrganizationArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A ministry, agency, alliance, company, broadcaster or other body. */
export type OrganizationPeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A ministry, agency, alliance, company, broadcaster or other body. */
export type OrganizationStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A ministry, agency, alliance, company, broadcaster or other body. */
export type OrganizationStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Forward pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge of this page; pass it as `after` to get the next page. Null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A named person. */
export type Person = Entity & {
  __typename?: 'Person';
  /** Other surface forms: surname alone, transliterations, descriptions such as 'the head of Russian diplomacy'. */
  aliases: Array<Scalars['String']['output']>;
  /** How many articles mention this person. */
  articleCount: Scalars['Int']['output'];
  /** The articles that mention this person, newest first. */
  articles: ArticleConnection;
  /** Publication date of the earliest article that mentions this person. */
  firstSeen: Maybe<Scalars['Date']['output']>;
  /** Stable id, `person:<slug>`. */
  id: Scalars['ID']['output'];
  /** Always PERSON. */
  kind: EntityKind;
  /** Publication date of the latest article that mentions this person. */
  lastSeen: Maybe<Scalars['Date']['output']>;
  /** How many times the articles mention this person. */
  mentionCount: Scalars['Int']['output'];
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** The roles this person holds for countries and organisations, most supported first. */
  roles: Array<Role>;
  /** Statements this person made, newest first. */
  statements: StatementConnection;
  /** Statements about this person, newest first. */
  statementsAbout: StatementConnection;
};


/** A named person. */
export type PersonArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person. */
export type PersonStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A named person. */
export type PersonStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Read operations. Every list is bounded; every answer links back to its source sentences. */
export type Query = {
  __typename?: 'Query';
  /** One article by id, or null when there is none. */
  article: Maybe<Article>;
  /** Articles, newest first, optionally matching words in the title or text and a date window. */
  articles: ArticleConnection;
  /** One entity by id, or null when there is none. */
  entity: Maybe<Entity>;
  /** The entities around the given ones and the relationships between them, ready for a graph view. */
  neighborhood: Graph;
  /** The shortest connections between two entities, with evidence on each edge. */
  path: Graph;
  /** Dated statements behind the given speaker → subject relations (the evidence of SPOKE_ABOUT edges, such as those a graph view draws), ordered like `statements` (newest first); a statement behind several of the relations comes once. */
  relationStatements: StatementConnection;
  /** How A's tone towards B moved: statements by A (and A's officials and bodies) about B, per period, empty periods included. */
  relationTimeline: Array<TimelineBucket>;
  /** Entities whose name or alias matches `query`, ranked by full-text score, then by mention count. Case, accents and one-letter typos do not matter; Lucene syntax in `query` is taken literally. */
  search: Array<Entity>;
  /** Statements matching every given filter, ordered by `saidAt`, then the article date, newest first. */
  statements: StatementConnection;
  /** Dated statements whose speaker is one of `ids` and that are about another of them: the evidence behind the SPOKE_ABOUT relationships among a set of entities, such as a graph view's timeline. Ordered like `statements` (newest first); a statement said by two of the entities comes once. */
  statementsAmong: StatementConnection;
  /** Counts per kind, statements, articles and the date range. */
  stats: Stats;
  /** Average tone between the most active countries in a window: rows speak (with their officials and bodies), columns are spoken about. */
  toneMap: ToneMap;
  /** The most-mentioned entities, most first (ties by article count): where to start before any search. */
  topEntities: Array<Entity>;
};


/** Read operations. Every list is bounded; every answer links back to its source sentences. */
export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Every list is bounded; every answer links back to its source sentences. */
export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


/** Read operations. Every list is bounded; every answer links back to its source sentences. */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations. Every list is bounded; every answer links back to its source sentences. */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  ids: Array<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


/** Read operations. Every list is bounded; every answer links back to its source sentences. */
export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/** Read operations. Every list is bounded; every answer links back to its source sentences. */
export type QueryRelationStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  relations: Array<RelationInput>;
  since?: InputMaybe<Scalars['Date']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


/** Read operations. Every list is bounded; every answer links back to its source sentences. */
export type QueryRelationTimelineArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  interval?: InputMaybe<Interval>;
  since?: InputMaybe<Scalars['Date']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


/** Read operations. Every list is bounded; every answer links back to its source sentences. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  query: Scalars['String']['input'];
};


/** Read operations. Every list is bounded; every answer links back to its source sentences. */
export type QueryStatementsArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeOfficials?: InputMaybe<Scalars['Boolean']['input']>;
  maxTone?: InputMaybe<Scalars['Float']['input']>;
  minTone?: InputMaybe<Scalars['Float']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  speaker?: InputMaybe<Scalars['ID']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


/** Read operations. Every list is bounded; every answer links back to its source sentences. */
export type QueryStatementsAmongArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids: Array<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


/** Read operations. Every list is bounded; every answer links back to its source sentences. */
export type QueryToneMapArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


/** Read operations. Every list is bounded; every answer links back to its source sentences. */
export type QueryTopEntitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
};

/** A speaker → subject relation: what `speaker` said about `subject`. */
export type RelationInput = {
  /** Id of the speaking entity. */
  speaker: Scalars['ID']['input'];
  /** Id of the entity spoken about. */
  subject: Scalars['ID']['input'];
};

/** A role a person holds for a country or an organisation, with the articles that state it. */
export type Role = {
  __typename?: 'Role';
  /** How many articles state the role. */
  articleCount: Scalars['Int']['output'];
  /** The sentences that state the role, newest article first. */
  evidence: Array<Evidence>;
  /** Publication date of the earliest article stating the role. */
  firstSeen: Maybe<Scalars['Date']['output']>;
  /** Publication date of the latest article stating the role. */
  lastSeen: Maybe<Scalars['Date']['output']>;
  /** The country or organisation the role is held for. */
  of: Entity;
  /** The title as written, for example 'Foreign Minister'. */
  title: Scalars['String']['output'];
};


/** A role a person holds for a country or an organisation, with the articles that state it. */
export type RoleEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A character range in an article's text: `text.slice(start, end)` is the covered string. */
export type Span = {
  __typename?: 'Span';
  /** Offset just past the last character. */
  end: Scalars['Int']['output'];
  /** Offset of the first character (UTF-16 code units, as JavaScript strings count). */
  start: Scalars['Int']['output'];
};

/** Who said what, about whom, when, and where it was reported. */
export type Statement = {
  __typename?: 'Statement';
  /** The entities the statement is about, other than the speaker. */
  about: Array<Entity>;
  /** The article that reports it. */
  article: Article;
  /** What kind of act it is (a CAMEO root category). */
  category: Maybe<StatementCategory>;
  /** How finely `saidAt` is known. */
  datePrecision: Maybe<DatePrecision>;
  /** Where `saidAt` comes from; PUBLICATION means it was borrowed from the article's date. */
  dateSource: Maybe<DateSource>;
  /** Stable id, `stmt:<article id>:<offset>`. */
  id: Scalars['ID']['output'];
  /** The exact quoted words, when the statement is a quotation. */
  quote: Maybe<Scalars['String']['output']>;
  /** When it was said, as precisely as `datePrecision` says. */
  saidAt: Maybe<Scalars['Date']['output']>;
  /** Where the reporting sentence sits in the article text. */
  span: Span;
  /** Who made the statement: a person, or a country or organisation speaking as an institution. */
  speaker: Entity;
  /** The sentence (or sentences) reporting the statement. */
  text: Scalars['String']['output'];
  /** Goldstein tone from -10 (hostile) through 0 (neutral) to +10 (cooperative). */
  tone: Maybe<Scalars['Float']['output']>;
  /** The speech verb as written ('said', 'warned', 'denied'). */
  verb: Maybe<Scalars['String']['output']>;
};

/** A statement category: a CAMEO root code and its label. */
export type StatementCategory = {
  __typename?: 'StatementCategory';
  /** CAMEO root code, for example '12' (reject) or '13' (threaten). */
  code: Scalars['String']['output'];
  /** Readable label, for example 'Reject'. */
  label: Scalars['String']['output'];
};

/** A page of statements. */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** The statements of this page, each with its cursor. */
  edges: Array<StatementEdge>;
  /** Whether more follow, and the cursor to get them. */
  pageInfo: PageInfo;
  /** How many statements match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A statement in a page, with its cursor. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Opaque position of this statement; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The statement. */
  node: Statement;
};

/** Counts over the whole graph. */
export type Stats = {
  __typename?: 'Stats';
  /** Articles stored. */
  articles: Scalars['Int']['output'];
  /** Countries stored. */
  countries: Scalars['Int']['output'];
  /** Publication date of the oldest article. */
  firstDate: Maybe<Scalars['Date']['output']>;
  /** Publication date of the newest article. */
  lastDate: Maybe<Scalars['Date']['output']>;
  /** Organisations stored. */
  organizations: Scalars['Int']['output'];
  /** Persons stored. */
  persons: Scalars['Int']['output'];
  /** Whether the fictional sample corpus is loaded, so clients can label the data as samples. */
  sampleData: Scalars['Boolean']['output'];
  /** Statements stored. */
  statements: Scalars['Int']['output'];
  /** Treaties stored. */
  treaties: Scalars['Int']['output'];
};

/** One period of a relation timeline: the statements by A about B in it. */
export type TimelineBucket = {
  __typename?: 'TimelineBucket';
  /** Average tone of those statements; null when count is 0. */
  averageTone: Maybe<Scalars['Float']['output']>;
  /** Statements by category in the period. */
  categories: Array<CategoryCount>;
  /** How many statements in the period (0 for an empty period). */
  count: Scalars['Int']['output'];
  /** Highest tone in the period; null when count is 0. */
  maxTone: Maybe<Scalars['Float']['output']>;
  /** Lowest tone in the period; null when count is 0. */
  minTone: Maybe<Scalars['Float']['output']>;
  /** First day of the period. */
  period: Scalars['Date']['output'];
  /** The period's statements, newest first. */
  statements: Array<Statement>;
};


/** One period of a relation timeline: the statements by A about B in it. */
export type TimelineBucketStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One cell of the tone map: statements by one country (and its officials) about another. */
export type ToneCell = {
  __typename?: 'ToneCell';
  /** Their average tone. */
  averageTone: Scalars['Float']['output'];
  /** How many statements. */
  count: Scalars['Int']['output'];
  /** Id of the speaking country (row). */
  speaker: Scalars['ID']['output'];
  /** Id of the country spoken about (column). */
  subject: Scalars['ID']['output'];
};

/** Who speaks about whom across countries, for a time window: a matrix of the most active countries. */
export type ToneMap = {
  __typename?: 'ToneMap';
  /** The non-empty cells. */
  cells: Array<ToneCell>;
  /** The countries of the matrix, most active first: rows speak, columns are spoken about, in this order. */
  countries: Array<Country>;
};

/** A treaty, agreement, declaration or named ceasefire. */
export type Treaty = Entity & {
  __typename?: 'Treaty';
  /** Other names seen. */
  aliases: Array<Scalars['String']['output']>;
  /** How many articles mention this treaty. */
  articleCount: Scalars['Int']['output'];
  /** The articles that mention this treaty, newest first. */
  articles: ArticleConnection;
  /** Publication date of the earliest article that mentions this treaty. */
  firstSeen: Maybe<Scalars['Date']['output']>;
  /** Stable id, `treaty:<slug>`. */
  id: Scalars['ID']['output'];
  /** Always TREATY. */
  kind: EntityKind;
  /** Publication date of the latest article that mentions this treaty. */
  lastSeen: Maybe<Scalars['Date']['output']>;
  /** How many times the articles mention this treaty. */
  mentionCount: Scalars['Int']['output'];
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Countries party to the treaty. */
  parties: Array<Country>;
  /** When it was signed, as precisely as the latest article stating it says. */
  signedAt: Maybe<Scalars['Date']['output']>;
  /** Statements about this treaty, newest first. */
  statementsAbout: StatementConnection;
  /** Status as the latest article stating it says: signed, ratification pending, in force, suspended, withdrawn, under negotiation or agreed. */
  status: Maybe<Scalars['String']['output']>;
};


/** A treaty, agreement, declaration or named ceasefire. */
export type TreatyArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A treaty, agreement, declaration or named ceasefire. */
export type TreatyStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleRow>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleEdge']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleInput: ArticleInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CategoryCount: ResolverTypeWrapper<CategoryCount>;
  Country: ResolverTypeWrapper<EntityRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DatePrecision: DatePrecision;
  DateSource: DateSource;
  DeleteArticleResult: ResolverTypeWrapper<DeleteArticleResult>;
  EdgeType: EdgeType;
  Entity: ResolverTypeWrapper<EntityRow>;
  EntityKind: EntityKind;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Graph: ResolverTypeWrapper<GraphRow>;
  GraphEdge: ResolverTypeWrapper<EdgeRow>;
  GraphNode: ResolverTypeWrapper<GraphNodeRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestReport: ResolverTypeWrapper<Omit<IngestReport, 'results'> & { results: Array<ResolversTypes['IngestResult']> }>;
  IngestResult: ResolverTypeWrapper<Omit<IngestResult, 'newEntities'> & { newEntities: Array<ResolversTypes['Entity']> }>;
  IngestStatus: IngestStatus;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Interval: Interval;
  Mention: ResolverTypeWrapper<MentionRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<EntityRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<EntityRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationInput: RelationInput;
  Role: ResolverTypeWrapper<RoleRow>;
  Span: ResolverTypeWrapper<Span>;
  Statement: ResolverTypeWrapper<StatementRow>;
  StatementCategory: ResolverTypeWrapper<StatementCategory>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversTypes['StatementEdge']> }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TimelineBucket: ResolverTypeWrapper<TimelineBucketRow>;
  ToneCell: ResolverTypeWrapper<ToneCell>;
  ToneMap: ResolverTypeWrapper<Omit<ToneMap, 'countries'> & { countries: Array<ResolversTypes['Country']> }>;
  Treaty: ResolverTypeWrapper<EntityRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleRow;
  ArticleConnection: Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleEdge']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleInput: ArticleInput;
  Boolean: Scalars['Boolean']['output'];
  CategoryCount: CategoryCount;
  Country: EntityRow;
  Date: Scalars['Date']['output'];
  DeleteArticleResult: DeleteArticleResult;
  Entity: EntityRow;
  Evidence: EvidenceRow;
  Float: Scalars['Float']['output'];
  Graph: GraphRow;
  GraphEdge: EdgeRow;
  GraphNode: GraphNodeRow;
  ID: Scalars['ID']['output'];
  IngestReport: Omit<IngestReport, 'results'> & { results: Array<ResolversParentTypes['IngestResult']> };
  IngestResult: Omit<IngestResult, 'newEntities'> & { newEntities: Array<ResolversParentTypes['Entity']> };
  Int: Scalars['Int']['output'];
  Mention: MentionRow;
  Mutation: Record<PropertyKey, never>;
  Organization: EntityRow;
  PageInfo: PageInfo;
  Person: EntityRow;
  Query: Record<PropertyKey, never>;
  RelationInput: RelationInput;
  Role: RoleRow;
  Span: Span;
  Statement: StatementRow;
  StatementCategory: StatementCategory;
  StatementConnection: Omit<StatementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementEdge']> };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  Stats: Stats;
  String: Scalars['String']['output'];
  TimelineBucket: TimelineBucketRow;
  ToneCell: ToneCell;
  ToneMap: Omit<ToneMap, 'countries'> & { countries: Array<ResolversParentTypes['Country']> };
  Treaty: EntityRow;
};

export type ArticleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type CategoryCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CategoryCount'] = ResolversParentTypes['CategoryCount']> = {
  category?: Resolver<ResolversTypes['StatementCategory'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<CountryArticlesArgs, 'first'>>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iso3?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<CountryOrganizationsArgs, 'first'>>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<CountryPeopleArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<CountryStatementsArgs, 'first' | 'includeOfficials'>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<CountryStatementsAboutArgs, 'first'>>;
  treaties?: Resolver<Array<ResolversTypes['Treaty']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DeleteArticleResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteArticleResult'] = ResolversParentTypes['DeleteArticleResult']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entitiesRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  statementsRemoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Country' | 'Organization' | 'Person' | 'Treaty', ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Graph'] = ResolversParentTypes['Graph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<GraphEdgeEvidenceArgs, 'first'>>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tone?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EdgeType'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type IngestReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestReport'] = ResolversParentTypes['IngestReport']> = {
  elapsedMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  new?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['IngestResult']>, ParentType, ContextType>;
  statementsWritten?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  articleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newEntities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IngestStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  deleteArticle?: Resolver<ResolversTypes['DeleteArticleResult'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'id'>>;
  ingestArticles?: Resolver<ResolversTypes['IngestReport'], ParentType, ContextType, RequireFields<MutationIngestArticlesArgs, 'input'>>;
  mergeEntities?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'keep' | 'merge'>>;
  renameEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationRenameEntityArgs, 'id' | 'name'>>;
};

export type OrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<OrganizationArticlesArgs, 'first'>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<OrganizationPeopleArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<OrganizationStatementsArgs, 'first'>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<OrganizationStatementsAboutArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<PersonArticlesArgs, 'first'>>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<PersonStatementsArgs, 'first'>>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<PersonStatementsAboutArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  neighborhood?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'ids' | 'limit'>>;
  path?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxHops' | 'to'>>;
  relationStatements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryRelationStatementsArgs, 'first' | 'relations'>>;
  relationTimeline?: Resolver<Array<ResolversTypes['TimelineBucket']>, ParentType, ContextType, RequireFields<QueryRelationTimelineArgs, 'a' | 'b' | 'interval'>>;
  search?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first' | 'includeOfficials'>>;
  statementsAmong?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsAmongArgs, 'first' | 'ids'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  toneMap?: Resolver<ResolversTypes['ToneMap'], ParentType, ContextType, RequireFields<QueryToneMapArgs, 'first'>>;
  topEntities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryTopEntitiesArgs, 'first'>>;
};

export type RoleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<RoleEvidenceArgs, 'first'>>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  of?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SpanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Span'] = ResolversParentTypes['Span']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  about?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['StatementCategory']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  dateSource?: Resolver<Maybe<ResolversTypes['DateSource']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  saidAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  span?: Resolver<ResolversTypes['Span'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tone?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  verb?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatementCategoryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatementCategory'] = ResolversParentTypes['StatementCategory']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  countries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  persons?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sampleData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  treaties?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineBucketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimelineBucket'] = ResolversParentTypes['TimelineBucket']> = {
  averageTone?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['CategoryCount']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxTone?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minTone?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<TimelineBucketStatementsArgs, 'first'>>;
};

export type ToneCellResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ToneCell'] = ResolversParentTypes['ToneCell']> = {
  averageTone?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ToneMapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ToneMap'] = ResolversParentTypes['ToneMap']> = {
  cells?: Resolver<Array<ResolversTypes['ToneCell']>, ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
};

export type TreatyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Treaty'] = ResolversParentTypes['Treaty']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<TreatyArticlesArgs, 'first'>>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  signedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<TreatyStatementsAboutArgs, 'first'>>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  CategoryCount?: CategoryCountResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DeleteArticleResult?: DeleteArticleResultResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  IngestReport?: IngestReportResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  Span?: SpanResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementCategory?: StatementCategoryResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  TimelineBucket?: TimelineBucketResolvers<ContextType>;
  ToneCell?: ToneCellResolvers<ContextType>;
  ToneMap?: ToneMapResolvers<ContextType>;
  Treaty?: TreatyResolvers<ContextType>;
};

