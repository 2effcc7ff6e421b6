import { findRelationTimeline } from '../../../query/index';
import type { QueryResolvers } from '../../generated/resolvers';
import { parseEntityId, parseWindow } from '../parseArgs';

/** `relationTimeline`: statements by A (and its officials) about B per period, empty periods included. */
export const relationTimeline: QueryResolvers['relationTimeline'] = (_parent, args, ctx) => {
  const { since, until } = parseWindow(args.since, args.until);
  return findRelationTimeline(ctx.executor, parseEntityId(args.a, 'a'), parseEntityId(args.b, 'b'), args.interval ?? 'MONTH', since, until);
};
