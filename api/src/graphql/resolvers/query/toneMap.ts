import { findToneMap } from '../../../query/index';
import type { QueryResolvers } from '../../generated/resolvers';
import { parseBound, parseWindow } from '../parseArgs';

/** `toneMap`: the tone matrix of the most active countries in a window. */
export const toneMap: QueryResolvers['toneMap'] = (_parent, args, ctx) => {
  const { since, until } = parseWindow(args.since, args.until);
  return findToneMap(ctx.executor, since, until, parseBound(args.first, 'first', 2, 30, 12));
};
