import { findNeighborhood } from '../../../query/index';
import type { QueryResolvers } from '../../generated/resolvers';
import { parseBound, parseEntityIds, parseKinds, parseWindow } from '../parseArgs';

/** `neighborhood`: the entities around the given ones and the relationships among them, cut to `limit`. */
export const neighborhood: QueryResolvers['neighborhood'] = (_parent, args, ctx) =>
  findNeighborhood(ctx.executor, {
    ids: parseEntityIds(args.ids, 'ids', 50),
    depth: parseBound(args.depth, 'depth', 1, 3, 1),
    kinds: parseKinds(args.kinds),
    ...parseWindow(args.since, args.until),
    limit: parseBound(args.limit, 'limit', 1, 5000, 200),
  });
