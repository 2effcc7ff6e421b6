import { renameEntity as renameStoredEntity } from '../../../store/index';
import type { MutationResolvers } from '../../generated/resolvers';
import { parseEntityId, parseText } from '../parseArgs';
import { loadEntity } from './loadEntity';

/** `renameEntity`: sets the canonical name (the old one stays an alias, ingests never overwrite it) and returns the entity. */
export const renameEntity: MutationResolvers['renameEntity'] = async (_parent, args, ctx) => {
  const id = parseEntityId(args.id, 'id');
  const name = parseText(args.name.replace(/\s+/g, ' ').trim(), 'name', 1, 300);
  await renameStoredEntity(ctx.executor, id, name, ctx.actor);
  return loadEntity(ctx.executor, id);
};
