import { describe, expect, it } from 'vitest';
import { speakerVerbReported } from '../../../../../api/src/extract/statements/rules/speakerVerbReported';
import { describeCue, firstUnitContext } from '../../../../_utils/statements';

describe('speakerVerbReported', () => {
  it('reads the subject before the verb and the clause after it', () => {
    const body = 'Kenyan President William Ruto warned that the embargo would hurt farmers.';
    expect(speakerVerbReported.apply(firstUnitContext(body)).map((c) => describeCue(body, c))).toEqual([
      { verb: 'warned', speaker: 'Kenyan President William Ruto', direction: 'before', content: 'that the embargo would hurt farmers' },
    ]);
  });

  it('keeps the clause up to the end of the sentence, partial quotations included', () => {
    const body = 'The minister denied the "absurd" rumours. Talks went on.';
    expect(speakerVerbReported.apply(firstUnitContext(body)).map((c) => describeCue(body, c).content)).toEqual(["the \"absurd\" rumours"]);
  });
});

describe('speakerVerbReported across abbreviations', () => {
  it('does not end the reported clause at the period of "U.S." before a capital', () => {
    const body = 'Kim Hana told lawmakers that U.S. Deputy Secretary John Smith had apologised to Seoul. Talks went on.';
    expect(speakerVerbReported.apply(firstUnitContext(body)).map((c) => describeCue(body, c).content)[0]).toEqual(
      'lawmakers that U.S. Deputy Secretary John Smith had apologised to Seoul',
    );
  });
});
