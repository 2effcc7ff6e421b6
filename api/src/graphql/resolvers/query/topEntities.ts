import { findTopEntities } from '../../../query/index';
import type { QueryResolvers } from '../../generated/resolvers';
import { parseBound, parseKinds } from '../parseArgs';

/** `topEntities`: the most-mentioned entities, a starting point before any search. */
export const topEntities: QueryResolvers['topEntities'] = (_parent, args, ctx) =>
  findTopEntities(ctx.executor, parseKinds(args.kinds), parseBound(args.first, 'first', 1, 50, 10));
