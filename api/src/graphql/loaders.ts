import DataLoader from 'dataloader';
import type { Executor } from '../db/executor';
import {
  findArticleMentions, findArticleStatements, findArticlesByIds, findBodiesOf, findCountryOf, findEntitiesByIds, findLinkEvidence,
  findPeopleOf, findRelationStatements, findRoleEvidence, findRoles, findSpokeAboutEvidence, findStatementsByIds, findTreatyLinks, linkKey, relationStatementsKey, roleKey, spokeAboutKey,
  type ArticleRow, type EntityRow, type EvidenceRow, type LinkEvidenceKey, type MentionRow, type RelationStatementsKey, type RoleEvidenceKey, type RoleRow,
  type SpokeAboutEvidenceKey, type StatementRow,
} from '../query/index';

/** A list of related entities of one entity, at most `first`. */
export interface RelatedKey {
  id: string;
  first: number;
}

/** The per-request DataLoaders: nested fields of a list load in one query per field, not one per parent (no N+1). */
export interface Loaders {
  entity: DataLoader<string, EntityRow | null>;
  article: DataLoader<string, ArticleRow | null>;
  statement: DataLoader<string, StatementRow | null>;
  articleMentions: DataLoader<string, MentionRow[]>;
  articleStatements: DataLoader<string, StatementRow[]>;
  roles: DataLoader<string, RoleRow[]>;
  roleEvidence: DataLoader<RoleEvidenceKey, EvidenceRow[], string>;
  linkEvidence: DataLoader<LinkEvidenceKey, EvidenceRow[], string>;
  spokeAboutEvidence: DataLoader<SpokeAboutEvidenceKey, EvidenceRow[], string>;
  peopleOf: DataLoader<RelatedKey, EntityRow[], string>;
  bodiesOf: DataLoader<RelatedKey, EntityRow[], string>;
  treatyLinks: DataLoader<string, EntityRow[]>;
  countryOf: DataLoader<string, EntityRow | null>;
  /** The newest statement ids of relation timeline periods: every bucket of a timeline in one query. */
  relationStatements: DataLoader<RelationStatementsKey, string[], string>;
}

/** Creates a fresh set of loaders for one request (their caches must not outlive it: the graph changes between requests). */
export function createLoaders(executor: Executor): Loaders {
  const byId = <T>(find: (ids: readonly string[]) => Promise<Map<string, T>>, missing: T) =>
    new DataLoader<string, T>(async (ids) => {
      const found = await find(ids);
      return ids.map((id) => found.get(id) ?? missing);
    });
  // Keys with a size: one query for all keys with the largest size asked, then each key keeps its own first n.
  const sized = <K extends { first: number }, T>(find: (keys: K[]) => Promise<Map<string, T[]>>, keyOf: (k: K) => string) =>
    new DataLoader<K, T[], string>(
      async (keys) => {
        const found = await find([...keys]);
        return keys.map((k) => (found.get(keyOf(k)) ?? []).slice(0, k.first));
      },
      { cacheKeyFn: (k) => `${keyOf(k)}|${k.first}` },
    );
  const maxFirst = (keys: RelatedKey[]) => Math.max(...keys.map((k) => k.first));
  return {
    entity: byId((ids) => findEntitiesByIds(executor, ids), null),
    article: byId((ids) => findArticlesByIds(executor, ids), null),
    statement: byId((ids) => findStatementsByIds(executor, ids), null),
    articleMentions: byId((ids) => findArticleMentions(executor, ids), []),
    articleStatements: byId((ids) => findArticleStatements(executor, ids), []),
    roles: byId((ids) => findRoles(executor, ids), []),
    roleEvidence: sized<RoleEvidenceKey, EvidenceRow>((keys) => findRoleEvidence(executor, keys), roleKey),
    linkEvidence: sized<LinkEvidenceKey, EvidenceRow>((keys) => findLinkEvidence(executor, keys), linkKey),
    spokeAboutEvidence: sized<SpokeAboutEvidenceKey, EvidenceRow>((keys) => findSpokeAboutEvidence(executor, keys), spokeAboutKey),
    peopleOf: sized<RelatedKey, EntityRow>((keys) => findPeopleOf(executor, keys.map((k) => k.id), maxFirst(keys)), (k) => k.id),
    bodiesOf: sized<RelatedKey, EntityRow>((keys) => findBodiesOf(executor, keys.map((k) => k.id), maxFirst(keys)), (k) => k.id),
    treatyLinks: byId((ids) => findTreatyLinks(executor, ids), []),
    countryOf: byId((ids) => findCountryOf(executor, ids), null),
    relationStatements: new DataLoader<RelationStatementsKey, string[], string>((keys) => findRelationStatements(executor, keys), { cacheKeyFn: relationStatementsKey }),
  };
}
