import type { OrganizationResolvers } from '../../generated/resolvers';
import { parseBound } from '../parseArgs';
import { entityCommon, statementsAbout, statementsBy } from './entityCommon';

/** Organization: its country and people through loaders; statements by and about as pages. */
export const Organization: OrganizationResolvers = {
  ...entityCommon,
  country: (row, _args, ctx) => ctx.loaders.countryOf.load(row.id),
  people: (row, args, ctx) => ctx.loaders.peopleOf.load({ id: row.id, first: parseBound(args.first, 'first', 1, 200, 50) }),
  statements: (row, args, ctx) => statementsBy(row, { first: args.first, after: args.after }, ctx),
  statementsAbout,
};
