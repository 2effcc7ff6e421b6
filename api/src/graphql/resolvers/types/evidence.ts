import type { EvidenceResolvers } from '../../generated/resolvers';
import { loadArticle } from './loadRequired';

/** Evidence: the article through the per-request loader. */
export const Evidence: EvidenceResolvers = {
  article: (row, _args, ctx) => loadArticle(ctx, row.articleId),
};
