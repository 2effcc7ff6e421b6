import type { SurnameEvidence } from '../types';
import { principalTargets } from './principalTargets';

/**
 * The article mentions a country or organisation the candidate mainly serves (Novak of Poland in an article about Warsaw). Only
 * principal targets count: a country nearly every article mentions must not argue for whoever was once given a role for it.
 */
export const coMentionedRoleTarget: SurnameEvidence = {
  name: 'coMentionedRoleTarget',
  score: (mention, candidate) => ([...principalTargets(candidate)].some((t) => mention.mentioned.includes(t)) ? 2 : 0),
};
