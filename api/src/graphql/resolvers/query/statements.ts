import { findStatements } from '../../../query/index';
import type { QueryResolvers } from '../../generated/resolvers';
import { BadUserInputError } from '../../../errors/index';
import { parseBound, parseCategory, parseEntityId, parseTone, parseWindow } from '../parseArgs';

/** `statements`: a filtered, paginated list of statements, newest first. */
export const statements: QueryResolvers['statements'] = (_parent, args, ctx) => {
  const minTone = parseTone(args.minTone, 'minTone');
  const maxTone = parseTone(args.maxTone, 'maxTone');
  if (minTone !== null && maxTone !== null && minTone > maxTone) throw new BadUserInputError(`minTone: ${minTone} is above maxTone ${maxTone}; swap them`);
  return findStatements(
    ctx.executor,
    {
      speaker: args.speaker == null ? null : parseEntityId(args.speaker, 'speaker'),
      includeOfficials: args.includeOfficials ?? false,
      about: args.about == null ? null : parseEntityId(args.about, 'about'),
      category: parseCategory(args.category),
      minTone,
      maxTone,
      ...parseWindow(args.since, args.until),
    },
    parseBound(args.first, 'first', 1, 100, 20),
    args.after ?? null,
  );
};
