import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../api/src/extract/sentences/index';
import { findQuotes } from '../../../../api/src/extract/statements/quotes';
import { buildUnits, MASK } from '../../../../api/src/extract/statements/units';

/** Units of a body as [text, frame with the mask shown as #, paragraph]. */
function units(body: string): Array<[string, string, number]> {
  return buildUnits(body, splitSentences(body), findQuotes(body).quotes).map((u) => [body.slice(u.start, u.end), u.frame.replaceAll(MASK, '#'), u.paragraph]);
}

describe('buildUnits', () => {
  it('joins the sentences one quotation spans and masks the quoted words', () => {
    expect(units('"Talks end. Peace starts," he said. Next.')).toEqual([
      ['"Talks end. Peace starts," he said.', '"########################" he said.', 0],
      ['Next.', 'Next.', 0],
    ]);
  });

  it('keeps a short attribution cut off after a question mark with its quotation', () => {
    expect(units('"Why wait?" Lind asked.\n\nThe end.').map((u) => u[0])).toEqual(['"Why wait?" Lind asked.', 'The end.']);
  });

  it('numbers paragraphs once per break, however many blank lines', () => {
    expect(units('One.\n\n\nTwo.\nThree.').map((u) => u[2])).toEqual([0, 1, 2]);
  });
});
