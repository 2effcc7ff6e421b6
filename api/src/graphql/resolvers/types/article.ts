import type { ArticleResolvers } from '../../generated/resolvers';

/** Article: mentions and statements through the per-request loaders. */
export const Article: ArticleResolvers = {
  mentions: (row, _args, ctx) => ctx.loaders.articleMentions.load(row.id),
  statements: (row, _args, ctx) => ctx.loaders.articleStatements.load(row.id),
};
