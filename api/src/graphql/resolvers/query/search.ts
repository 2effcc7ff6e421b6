import { searchEntities } from '../../../query/index';
import type { QueryResolvers } from '../../generated/resolvers';
import { parseBound, parseKinds, parseText } from '../parseArgs';

/** `search`: entities by name or alias through the full-text index, best first. */
export const search: QueryResolvers['search'] = (_parent, args, ctx) =>
  searchEntities(ctx.executor, parseText(args.query, 'query', 1, 200), parseKinds(args.kinds), parseBound(args.first, 'first', 1, 50, 10));
