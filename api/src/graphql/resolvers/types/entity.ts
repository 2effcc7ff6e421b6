import type { EntityResolvers } from '../../generated/resolvers';

/** The Entity interface: a row's label names its GraphQL type (Person, Country, Organization, Treaty). */
export const Entity: EntityResolvers = {
  __resolveType: (row) => row.kind,
};
