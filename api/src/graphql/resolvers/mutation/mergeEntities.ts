import { BadUserInputError } from '../../../errors/index';
import { mergeEntities as mergeStoredEntities } from '../../../store/index';
import { labelOfId } from '../../../store/labels';
import type { MutationResolvers } from '../../generated/resolvers';
import { parseEntityId } from '../parseArgs';
import { loadEntity } from './loadEntity';

/** `mergeEntities`: folds `merge` into `keep` (relationships, aliases, a redirect and an audit entry) and returns the kept entity. */
export const mergeEntities: MutationResolvers['mergeEntities'] = async (_parent, args, ctx) => {
  const keep = parseEntityId(args.keep, 'keep');
  const merge = parseEntityId(args.merge, 'merge');
  if (keep === merge) throw new BadUserInputError('merge: must differ from keep; an entity cannot be merged into itself', 'merge');
  if (labelOfId(keep) !== labelOfId(merge)) {
    throw new BadUserInputError(`merge: ${merge} and keep ${keep} are different kinds of entity; only a ${labelOfId(keep)} can be merged into a ${labelOfId(keep)}`, 'merge');
  }
  await mergeStoredEntities(ctx.executor, keep, merge, ctx.actor);
  return loadEntity(ctx.executor, keep);
};
