import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../../api/src/extract/sentences/index';
import { MentionIndex } from '../../../../../api/src/extract/statements/mentionIndex';
import { fitsPronoun, learnGenders } from '../../../../../api/src/extract/statements/speaker/pronounGender';
import type { PersonFact } from '../../../../../api/src/extract/types';
import { mentionsFor, person, statementsOf } from '../../../../_utils/statements';

const lind = person('Eva Lind');
const berg = person('Olof Berg');
const sato = person('Aki Sato');

describe('learnGenders', () => {
  it('learns from honorifics, gendered titles and a lone person\'s pronoun, and stays unknown on conflict', () => {
    const body = 'Ms Lind arrived first. Olof Berg said he was pleased. Aki Sato said she was tired. Later Aki Sato said his team had left.';
    const sato2: PersonFact = { id: sato.id, name: sato.name, aliases: [], mentions: [], roles: [] };
    const genders = learnGenders(body, new MentionIndex(mentionsFor(body, [['Lind', lind], ['Olof Berg', berg], ['Aki Sato', sato]]), body), splitSentences(body), [sato2]);
    expect(Object.fromEntries(genders)).toEqual({ [lind.id]: 'f', [berg.id]: 'm' });
    expect([fitsPronoun(genders, lind, 'he'), fitsPronoun(genders, lind, 'she'), fitsPronoun(genders, sato, 'he')]).toEqual([false, true, true]);
  });
});

describe('pronoun resolution by gender', () => {
  it('skips a later subject the text calls "he" when resolving "she"', () => {
    const body = 'Eva Lind said she would sign the accord. Olof Berg, the trade envoy, disagreed, and he said so twice. "The deal is fair," she said.';
    const { statements } = statementsOf(body, [['Eva Lind', lind], ['Olof Berg', berg]]);
    expect(statements.map((s) => [s.speaker, s.quote])).toEqual([[lind, null], [berg, null], [lind, 'The deal is fair,']]);
  });
});
