import type { SurnameEvidence } from '../types';

/** A surname the same article also writes in full is that person ("Greta Novak … Novak said"); the extractor usually joins them already. */
export const sameArticle: SurnameEvidence = {
  name: 'sameArticle',
  score: (mention, candidate) => (mention.inArticle.includes(candidate.id) ? 10 : 0),
};
