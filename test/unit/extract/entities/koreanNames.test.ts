import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const names = (text: string) => extractEntitiesFromText(text).persons.map((p) => p.name);

describe('Korean names with hyphenated given names', () => {
  it('keeps a five-letter first syllable joined to the second', () => {
    expect(names('Hwang Seung-min, a trade official, said the talks went well.')).toEqual(['Hwang Seung-min']);
  });

  it('keeps a surname that is also an English word', () => {
    expect(names('Former champion Son Dae-ho said he was proud. Moon Jae-in agreed.')).toEqual(['Son Dae-ho', 'Moon Jae-in']);
  });

  it('does not make a person of a hyphenated adjective after a common word', () => {
    expect(names('The Arab-led bloc and the Asia-wide group met.')).toEqual([]);
  });
});
