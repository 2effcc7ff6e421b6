import type { CountryResolvers } from '../../generated/resolvers';
import { parseBound } from '../parseArgs';
import { entityCommon, statementsAbout, statementsBy } from './entityCommon';

/** Country: its people, bodies and treaties through loaders; statements (optionally with its officials) as pages. */
export const Country: CountryResolvers = {
  ...entityCommon,
  iso3: (row) => row.iso3 ?? row.id.replace(/^country:/, ''),
  people: (row, args, ctx) => ctx.loaders.peopleOf.load({ id: row.id, first: parseBound(args.first, 'first', 1, 200, 50) }),
  organizations: (row, args, ctx) => ctx.loaders.bodiesOf.load({ id: row.id, first: parseBound(args.first, 'first', 1, 200, 50) }),
  treaties: (row, _args, ctx) => ctx.loaders.treatyLinks.load(row.id),
  statements: statementsBy,
  statementsAbout,
};
