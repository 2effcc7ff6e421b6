import { describe, expect, it } from 'vitest';
import { speakerVerbQuote } from '../../../../../api/src/extract/statements/rules/speakerVerbQuote';
import { describeCue, firstUnitContext } from '../../../../_utils/statements';

describe('speakerVerbQuote', () => {
  it('reads "X said: \\"…\\""', () => {
    const body = 'Speaking in Lima, Foreign Minister Rosa Vega said: "We expect an answer this week."';
    expect(speakerVerbQuote.apply(firstUnitContext(body)).map((c) => describeCue(body, c))).toEqual([
      { verb: 'said', speaker: 'Speaking in Lima, Foreign Minister Rosa Vega', direction: 'before', content: null },
    ]);
  });

  it('allows a short object between verb and quotation', () => {
    const body = 'The ambassador told local radio, \u201cWe are not leaving.\u201d';
    expect(speakerVerbQuote.apply(firstUnitContext(body)).map((c) => describeCue(body, c).verb)).toEqual(['told']);
  });

  it('does not fire without a following quotation', () => {
    const body = 'The ambassador told local radio that nobody was leaving.';
    expect(speakerVerbQuote.apply(firstUnitContext(body))).toEqual([]);
  });
});
