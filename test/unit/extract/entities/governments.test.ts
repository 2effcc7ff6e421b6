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

  it('reads a bare legislature as the one of the country last named', () => {
    const r = extractEntitiesFromText('Chilean President Ana Soto signed the bill and urged Congress to act, before the vote went to parliament.');
    expect(r.organizations.map((o) => [o.id, o.name, o.aliases, o.country])).toEqual([['org:chl-parliament', 'Congress', ['parliament'], 'country:CHL']]);
  });
});
