import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText, mentionsOf } from '../../../_utils/extractEntitiesFromText';

describe('governments rule', () => {
  it('reads a government named after its leader or by a pronoun', () => {
    const r = extractEntitiesFromText('Chilean President Ana Soto spoke. The Soto government denied it, and her government appealed.');
    expect(mentionsOf(r, 'Organization')).toEqual(['The Soto government=Government of Chile', 'her government=Government of Chile']);
    expect(r.organizations.map((o) => [o.id, o.country])).toEqual([['org:chl-government', 'country:CHL']]);
  });

  it('reads "the government" as the country last named', () => {
    const r = extractEntitiesFromText('Protests spread across Peru. The government imposed a curfew.');
    expect(mentionsOf(r, 'Organization')).toEqual(['The government=Government of Peru']);
  });
});
