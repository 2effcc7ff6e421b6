import { describe, expect, it } from 'vitest';
import { quoteThenVerbSpeaker } from '../../../../../api/src/extract/statements/rules/quoteThenVerbSpeaker';
import { describeCue, firstUnitContext } from '../../../../_utils/statements';

describe('quoteThenVerbSpeaker', () => {
  it('finds the speaker after an inverted verb', () => {
    const body = '"We will not accept new conditions," said the spokesman for the Chilean Foreign Ministry, Pablo Rojas.';
    expect(quoteThenVerbSpeaker.apply(firstUnitContext(body)).map((c) => describeCue(body, c))).toEqual([
      { verb: 'said', speaker: 'the spokesman for the Chilean Foreign Ministry, Pablo Rojas', direction: 'after', content: null },
    ]);
  });

  it('works with curly quotes and a comma outside them', () => {
    const body = '\u201cThe door stays open\u201d, added Prime Minister Ana Costa.';
    expect(quoteThenVerbSpeaker.apply(firstUnitContext(body)).map((c) => describeCue(body, c).speaker)).toEqual(['Prime Minister Ana Costa']);
  });

  it('leaves "X said" after a quotation to the subject-first rules', () => {
    const body = '"We are ready," the minister said.';
    expect(quoteThenVerbSpeaker.apply(firstUnitContext(body))).toEqual([]);
  });
});
