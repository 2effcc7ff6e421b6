import type { QueryResolvers } from '../../generated/resolvers';
import { parseEntityId } from '../parseArgs';

/** `entity`: one entity by id, or null. */
export const entity: QueryResolvers['entity'] = (_parent, args, ctx) => ctx.loaders.entity.load(parseEntityId(args.id, 'id'));
