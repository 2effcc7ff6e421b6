import { arePersonNamesCompatible, personNameTokens } from '../../extract/entities/ids';
import type { PersonRule } from '../types';

/**
 * Transliteration variants of one full name are one person ("Sergei Lavrov" → "Sergey Lavrov"): the surname must be equal and the
 * first names phonetically compatible, so "Sergei Ryabkov" never joins "Sergey Lavrov". Passes when the match is ambiguous.
 */
export const transliteratedName: PersonRule = {
  name: 'transliteratedName',
  resolve(person, candidates) {
    if (personNameTokens(person.name).length < 2) return null;
    const matches = candidates.filter((c) => personNameTokens(c.name).length >= 2 && arePersonNamesCompatible(person.name, c.name));
    return matches.length === 1 ? matches[0]!.id : null;
  },
};
