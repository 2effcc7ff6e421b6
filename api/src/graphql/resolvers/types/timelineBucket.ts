import type { StatementRow } from '../../../query/index';
import type { TimelineBucketResolvers } from '../../generated/resolvers';
import { parseBound } from '../parseArgs';

/** TimelineBucket: the period's newest statements through the statement loader. */
export const TimelineBucket: TimelineBucketResolvers = {
  statements: async (row, args, ctx) => {
    const ids = row.statementIds.slice(0, parseBound(args.first, 'first', 1, 100, 10));
    return (await ctx.loaders.statement.loadMany(ids)).filter((s): s is StatementRow => s !== null && !(s instanceof Error));
  },
};
