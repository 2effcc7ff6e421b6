import { describe, expect, it } from 'vitest';
import { clauseThenVerbSpeaker } from '../../../../../api/src/extract/statements/rules/clauseThenVerbSpeaker';
import { describeCue, firstUnitContext } from '../../../../_utils/statements';

describe('clauseThenVerbSpeaker', () => {
  it('reads "…, said X."', () => {
    const body = 'Both delegations will meet again in Oslo, said Nora Lind, the Swedish mediator.';
    expect(clauseThenVerbSpeaker.apply(firstUnitContext(body)).map((c) => describeCue(body, c))).toEqual([
      { verb: 'said', speaker: 'Nora Lind, the Swedish mediator', direction: 'after', content: 'Both delegations will meet again in Oslo' },
    ]);
  });

  it('does not read a verb after a quotation', () => {
    const body = '"We will meet again," said Nora Lind.';
    expect(clauseThenVerbSpeaker.apply(firstUnitContext(body))).toEqual([]);
  });
});

describe('clauseThenVerbSpeaker after an appositive', () => {
  it('does not invert a verb followed by its own "that" clause', () => {
    const body = 'Tessa Bloom, the former premier, who now chairs a climate group, told the Herald that the government had the right idea.';
    expect(clauseThenVerbSpeaker.apply(firstUnitContext(body))).toEqual([]);
  });
});
