import type { GraphNodeResolvers } from '../../generated/resolvers';
import { kindOf } from '../parseArgs';
import { loadEntity } from './loadRequired';

/** GraphNode: the kind as the enum; the whole entity through the loader. */
export const GraphNode: GraphNodeResolvers = {
  kind: (row) => kindOf(row.kind),
  entity: (row, _args, ctx) => loadEntity(ctx, row.id),
};
