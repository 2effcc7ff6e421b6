import type { StatementRow } from '../../../query/index';
import type { TimelineBucketResolvers } from '../../generated/resolvers';
import { parseBound } from '../parseArgs';

/** TimelineBucket: the period's newest statement ids (every bucket of the timeline in one query), then the statements through the statement loader. */
export const TimelineBucket: TimelineBucketResolvers = {
  statements: async (row, args, ctx) => {
    const ids = await ctx.loaders.relationStatements.load({ window: row.statementWindow, first: parseBound(args.first, 'first', 1, 100, 10) });
    return (await ctx.loaders.statement.loadMany(ids)).filter((s): s is StatementRow => s !== null && !(s instanceof Error));
  },
};
