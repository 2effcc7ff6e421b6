import { personNameTokens } from '../../extract/entities/ids';
import type { PersonRule } from '../types';

/** A person an article names by surname alone ("Lavrov") is the one known full-name person with that surname; with several, it passes. */
export const surnameOnly: PersonRule = {
  name: 'surnameOnly',
  resolve(person, candidates) {
    const tokens = personNameTokens(person.name);
    if (tokens.length !== 1) return null;
    const matches = candidates.filter((c) => {
      const other = personNameTokens(c.name);
      return other.length >= 2 && other.at(-1) === tokens[0];
    });
    return matches.length === 1 ? matches[0]!.id : null;
  },
};
