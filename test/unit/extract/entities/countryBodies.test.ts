import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText, mentionsOf } from '../../../_utils/extractEntitiesFromText';

describe('countryBodies rule', () => {
  it('builds ministries from a demonym or possessive and links them to the country', () => {
    const r = extractEntitiesFromText("The Kenyan Foreign Ministry objected, and Peru's foreign ministry agreed.");
    expect(r.organizations.map((o) => [o.id, o.name, o.country])).toEqual([
      ['org:ken-foreign-ministry', 'Kenyan Foreign Ministry', 'country:KEN'],
      ['org:per-foreign-ministry', "Peru's foreign ministry", 'country:PER'],
    ]);
  });

  it('gives each country its own body when two share one head', () => {
    const r = extractEntitiesFromText('The Chilean and Bolivian foreign ministries issued a statement.');
    expect(r.organizations.map((o) => [o.name, o.aliases])).toEqual([
      ['Foreign Ministry of Chile', ['Chilean and Bolivian foreign ministries']],
      ['Foreign Ministry of Bolivia', ['Chilean and Bolivian foreign ministries']],
    ]);
  });

  it('reads armed forces and governments, but not "military" as an adjective', () => {
    const r = extractEntitiesFromText('The Ghanaian army said the Ghanaian government had approved new military aid from Norwegian military suppliers.');
    expect(mentionsOf(r, 'Organization')).toEqual(['Ghanaian army=Ghanaian army', 'Ghanaian government=Government of Ghana']);
  });
});
