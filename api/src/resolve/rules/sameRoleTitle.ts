import type { SurnameEvidence } from '../types';

/** The article gives the surname a title the candidate holds ("Defence Minister Novak"); weak alone, since titles repeat across countries. */
export const sameRoleTitle: SurnameEvidence = {
  name: 'sameRoleTitle',
  score: (mention, candidate) => ((candidate.roles ?? []).some((r) => mention.titleKeys.includes(r.titleKey)) ? 1 : 0),
};
