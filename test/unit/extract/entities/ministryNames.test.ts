import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const orgs = (text: string) => extractEntitiesFromText(text).organizations.map((o) => ({ id: o.id, name: o.name, country: o.country }));

describe('ministryNames rule', () => {
  it('reads "<country>\'s Ministry of <portfolio>" as one name sharing the short form\'s id', () => {
    const r = extractEntitiesFromText("An official of Chile's Ministry of Foreign Affairs spoke. The Chilean Foreign Ministry later agreed.");
    expect(r.organizations.map((o) => [o.id, o.name, o.aliases])).toEqual([
      ['org:chl-foreign-ministry', 'Ministry of Foreign Affairs of Chile', ["Chile's Ministry of Foreign Affairs", 'Ministry of Foreign Affairs', 'Chilean Foreign Ministry']],
    ]);
  });

  it('keeps portfolios joined by commas and "and"', () => {
    expect(orgs("Peru's Ministry of Industry, Trade and Tourism said exports rose.")).toEqual([
      { id: 'org:per-industry-trade-and-tourism-ministry', name: 'Ministry of Industry, Trade and Tourism of Peru', country: 'country:PER' },
    ]);
  });

  it('reads "the foreign ministry in <capital>" as that country\'s ministry', () => {
    expect(orgs('The foreign ministry in Nairobi said the border stays open.')).toEqual([{ id: 'org:ken-foreign-ministry', name: 'Foreign Ministry of Kenya', country: 'country:KEN' }]);
    expect(orgs('A ministry in Nairobi said nothing.')).toEqual([]);
  });
});

describe('ministryNames rule: shared plural mentions', () => {
  it('reads "their defence ministries" as the ministries of the two countries named last', () => {
    expect(orgs('Chile and Peru agreed to keep a hotline between their defence ministries.')).toEqual([
      { id: 'org:chl-defence-ministry', name: 'Defence Ministry of Chile', country: 'country:CHL' },
      { id: 'org:per-defence-ministry', name: 'Defence Ministry of Peru', country: 'country:PER' },
    ]);
    expect(orgs('They said their foreign ministries would talk.')).toEqual([]);
  });
});
