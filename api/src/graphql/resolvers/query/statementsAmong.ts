import { amongAll, findStatementsAmong, groupPairs } from '../../../query/index';
import type { QueryResolvers } from '../../generated/resolvers';
import { parseBound, parseEntityId, parseEntityIds, parseWindow } from '../parseArgs';
import { BadUserInputError } from '../../../errors/index';

/** Most ids one request may name: the largest graph view the explorer draws. */
export const MAX_AMONG_IDS = 2000;
/** Most relations one request may name: the edges of the largest graph view. */
export const MAX_RELATIONS = 10000;

/** `statementsAmong`: the dated statements by one of a set of entities about another, newest first. */
export const statementsAmong: QueryResolvers['statementsAmong'] = (_parent, args, ctx) => {
  const { since, until } = parseWindow(args.since, args.until);
  return findStatementsAmong(ctx.executor, amongAll(parseEntityIds(args.ids, 'ids', MAX_AMONG_IDS)), since, until, parseBound(args.first, 'first', 1, 500, 100), args.after ?? null);
};

/** `relationStatements`: the dated statements behind given speaker → subject relations, newest first. */
export const relationStatements: QueryResolvers['relationStatements'] = (_parent, args, ctx) => {
  const { since, until } = parseWindow(args.since, args.until);
  if (args.relations.length < 1 || args.relations.length > MAX_RELATIONS) {
    throw new BadUserInputError(`relations: give 1 to ${MAX_RELATIONS} speaker → subject pairs, not ${args.relations.length}`);
  }
  const pairs = args.relations.map((r) => ({ speaker: parseEntityId(r.speaker, 'relations'), subject: parseEntityId(r.subject, 'relations') }));
  return findStatementsAmong(ctx.executor, groupPairs(pairs), since, until, parseBound(args.first, 'first', 1, 500, 100), args.after ?? null);
};
