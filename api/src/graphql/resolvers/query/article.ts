import type { QueryResolvers } from '../../generated/resolvers';
import { parseArticleId } from '../parseArgs';

/** `article`: one article by id, or null. */
export const article: QueryResolvers['article'] = (_parent, args, ctx) => ctx.loaders.article.load(parseArticleId(args.id, 'id'));
