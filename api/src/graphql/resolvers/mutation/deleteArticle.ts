import { BadUserInputError } from '../../../errors/index';
import { deleteArticle as deleteStoredArticle } from '../../../store/index';
import type { MutationResolvers } from '../../generated/resolvers';

// Article ids are usually `art:<hash>`, but an ingested record keeps its own id, so any short printable string is accepted.
const ARTICLE_ID = /^[^\p{Cc}\p{Cf}]{1,300}$/u;

const COUNT_STATEMENTS = 'MATCH (:Article {id: $id})<-[:REPORTED_IN]-(s:Statement) RETURN count(s) AS statements';

/** `deleteArticle`: removes the article and the facts only it supported; `deleted` is false when there was no such article. */
export const deleteArticle: MutationResolvers['deleteArticle'] = async (_parent, args, ctx) => {
  const id = args.id;
  if (!ARTICLE_ID.test(id) || !id.trim()) throw new BadUserInputError('id: must be an article id, 1 to 300 printable characters (articles and search give them)', 'id');
  // Counted just before the delete: the store's report counts nodes, not statements. Writes are rare and curated, so the gap is harmless.
  const [before] = await ctx.executor.read<{ statements: number }>({ cypher: COUNT_STATEMENTS, params: { id } }, 'article-delete-count');
  const report = await deleteStoredArticle(ctx.executor, id);
  return { id, deleted: report.found, entitiesRemoved: report.entitiesRemoved, statementsRemoved: report.found ? (before?.statements ?? 0) : 0 };
};
