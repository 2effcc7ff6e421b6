import type { PersonRule } from '../types';

/** The same id is the same node: a person whose id is already known stays on it. */
export const sameId: PersonRule = {
  name: 'sameId',
  resolve: (person, candidates) => (candidates.some((c) => c.id === person.id) ? person.id : null),
};
