import type { MutationResolvers } from '../../generated/resolvers';
import { deleteArticle } from './deleteArticle';
import { ingestArticles } from './ingestArticles';
import { mergeEntities } from './mergeEntities';
import { renameEntity } from './renameEntity';

/** Resolvers of the Mutation type, one file per field; the key check runs before any of them (createApolloServer's plugin). */
export const mutationResolvers: MutationResolvers = {
  ingestArticles,
  mergeEntities,
  renameEntity,
  deleteArticle,
};
