import { findPaths } from '../../../query/index';
import type { QueryResolvers } from '../../generated/resolvers';
import { parseBound, parseEntityId } from '../parseArgs';

/** `path`: the shortest connections between two entities. */
export const path: QueryResolvers['path'] = (_parent, args, ctx) =>
  findPaths(ctx.executor, parseEntityId(args.from, 'from'), parseEntityId(args.to, 'to'), parseBound(args.maxHops, 'maxHops', 1, 6, 4));
