import type { Invariant } from '../types';

/** Every Statement has exactly one speaker (one incoming SAID). */
export const statementHasOneSpeaker: Invariant = {
  name: 'statementHasOneSpeaker',
  description: 'every Statement has exactly one speaker',
  cypher: `
MATCH (s:Statement)
WITH s, COUNT { (s)<-[:SAID]-() } AS n WHERE n <> 1
RETURN s.id AS id, 'has ' + toString(n) + ' speakers' AS problem LIMIT toInteger($limit)`,
};
