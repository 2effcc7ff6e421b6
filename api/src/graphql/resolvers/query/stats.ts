import { findStats } from '../../../query/index';
import type { QueryResolvers } from '../../generated/resolvers';

/** `stats`: graph-wide counts, the date range and whether sample data is loaded. */
export const stats: QueryResolvers['stats'] = (_parent, _args, ctx) => findStats(ctx.executor);
