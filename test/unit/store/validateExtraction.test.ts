import { describe, expect, it } from 'vitest';
import { validateExtraction } from '../../../api/src/store/validateExtraction';
import { diplomacyFixtures } from '../../_utils/storeFixtures';

describe('validateExtraction', () => {
  it('accepts well-formed extractions', () => {
    for (const f of diplomacyFixtures()) expect(validateExtraction(f.article, f.extraction)).toEqual([]);
  });

  it('names every problem: wrong article, bad id prefix, span outside the body, bad date', () => {
    const [f] = diplomacyFixtures();
    const x = structuredClone(f!.extraction);
    x.article.id = 'art:other';
    x.countries[0]!.id = 'RUS';
    x.persons[0]!.mentions[0] = { start: 10, end: 9999, text: 'x' };
    x.statements[0]!.saidAt = 'last May';
    expect(validateExtraction(f!.article, x)).toEqual([
      'extraction is for article art:other, not art:fx-one',
      'person person:sergey-lavrov mention: span {"start":10,"end":9999,"text":"x"} lies outside the body (0–251)',
      'country Russia: id "RUS" is not a Country id (country:…)',
      'statement s1: saidAt "last May" is not an ISO date',
    ]);
  });

  it('rejects a statement date source outside stated, relative and publication', () => {
    const [f] = diplomacyFixtures();
    const x = structuredClone(f!.extraction);
    (x.statements[0] as { dateSource: string }).dateSource = 'guessed';
    expect(validateExtraction(f!.article, x)).toEqual(['statement s1: dateSource "guessed" is not stated, relative or publication']);
  });
});
