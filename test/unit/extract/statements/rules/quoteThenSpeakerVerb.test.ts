import { describe, expect, it } from 'vitest';
import { quoteThenSpeakerVerb } from '../../../../../api/src/extract/statements/rules/quoteThenSpeakerVerb';
import { describeCue, firstUnitContext } from '../../../../_utils/statements';

describe('quoteThenSpeakerVerb', () => {
  it('takes the phrase between the quotation and the verb', () => {
    const body = '"Talks will resume in June," the head of Norwegian diplomacy told reporters.';
    expect(quoteThenSpeakerVerb.apply(firstUnitContext(body)).map((c) => describeCue(body, c))).toEqual([
      { verb: 'told', speaker: 'the head of Norwegian diplomacy', direction: 'before', content: null },
    ]);
  });

  it('handles guillemets and a pronoun', () => {
    const body = '\u00abNothing has changed,\u00bb she insisted.';
    expect(quoteThenSpeakerVerb.apply(firstUnitContext(body)).map((c) => describeCue(body, c).speaker)).toEqual(['she']);
  });

  it('needs a quotation before the verb', () => {
    const body = 'The envoy said nothing had changed.';
    expect(quoteThenSpeakerVerb.apply(firstUnitContext(body))).toEqual([]);
  });
});
