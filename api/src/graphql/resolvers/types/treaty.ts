import type { TreatyResolvers } from '../../generated/resolvers';
import { entityCommon, statementsAbout } from './entityCommon';

/** Treaty: its parties through a loader; status and signing date as stored. */
export const Treaty: TreatyResolvers = {
  ...entityCommon,
  parties: (row, _args, ctx) => ctx.loaders.treatyLinks.load(row.id),
  statementsAbout,
};
