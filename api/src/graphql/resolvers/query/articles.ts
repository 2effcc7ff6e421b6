import { findArticles } from '../../../query/index';
import type { QueryResolvers } from '../../generated/resolvers';
import { parseBound, parseText, parseWindow } from '../parseArgs';

/** `articles`: articles newest first, optionally matching words and a date window. */
export const articles: QueryResolvers['articles'] = (_parent, args, ctx) =>
  findArticles(
    ctx.executor,
    { query: args.query == null ? null : parseText(args.query, 'query', 1, 200), ...parseWindow(args.since, args.until) },
    parseBound(args.first, 'first', 1, 100, 20),
    args.after ?? null,
  );
