import { findStatementsAmong } from '../../../query/index';
import type { QueryResolvers } from '../../generated/resolvers';
import { parseBound, parseEntityIds, parseWindow } from '../parseArgs';

/** Most ids one request may name: the largest graph view the explorer draws. */
export const MAX_AMONG_IDS = 2000;

/** `statementsAmong`: the dated statements behind the SPOKE_ABOUT edges among a set of entities, newest first. */
export const statementsAmong: QueryResolvers['statementsAmong'] = (_parent, args, ctx) => {
  const { since, until } = parseWindow(args.since, args.until);
  return findStatementsAmong(ctx.executor, parseEntityIds(args.ids, 'ids', MAX_AMONG_IDS), since, until, parseBound(args.first, 'first', 1, 500, 100), args.after ?? null);
};
