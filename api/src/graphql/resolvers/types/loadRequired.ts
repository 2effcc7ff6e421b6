import { DatabaseError } from '../../../errors/index';
import type { ArticleRow, EntityRow } from '../../../query/index';
import type { GraphQLContext } from '../../context';

// A non-null field whose node vanished between two queries of one request (an article deleted meanwhile) is an error of the
// database's state, not of the caller's input.

/** The article `id` through the loader; throws DatabaseError when it no longer exists. */
export async function loadArticle(ctx: GraphQLContext, id: string): Promise<ArticleRow> {
  const row = await ctx.loaders.article.load(id);
  if (!row) throw new DatabaseError(`query: article ${id} is referenced but missing; run diplograph check`, null);
  return row;
}

/** The entity `id` through the loader; throws DatabaseError when it no longer exists. */
export async function loadEntity(ctx: GraphQLContext, id: string): Promise<EntityRow> {
  const row = await ctx.loaders.entity.load(id);
  if (!row) throw new DatabaseError(`query: entity ${id} is referenced but missing; run diplograph check`, null);
  return row;
}
