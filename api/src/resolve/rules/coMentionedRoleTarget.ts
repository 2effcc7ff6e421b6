import type { SurnameEvidence } from '../types';

/** The article mentions a country or organisation the candidate holds a role for (Novak of Poland in an article about Warsaw). */
export const coMentionedRoleTarget: SurnameEvidence = {
  name: 'coMentionedRoleTarget',
  score: (mention, candidate) => ((candidate.roles ?? []).some((r) => mention.mentioned.includes(r.target)) ? 2 : 0),
};
