import type { PersonResolvers } from '../../generated/resolvers';
import { entityCommon, statementsAbout, statementsBy } from './entityCommon';

/** Person: roles through the per-request loader; statements by and about as pages. */
export const Person: PersonResolvers = {
  ...entityCommon,
  roles: (row, _args, ctx) => ctx.loaders.roles.load(row.id),
  statements: statementsBy,
  statementsAbout,
};
