import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText, mentionsOf } from '../../../_utils/extractEntitiesFromText';

describe('countryNames rule', () => {
  it('finds names, aliases, possessives and demonyms with ISO3 ids', () => {
    const r = extractEntitiesFromText("The U.S. and Britain backed Kenya's bid, while Venezuelan and Türkiye officials objected.");
    expect(mentionsOf(r, 'Country')).toEqual(['U.S.=United States', 'Britain=United Kingdom', 'Kenya=Kenya', 'Venezuelan=Venezuela', 'Türkiye=Turkey']);
    expect(r.countries.map((c) => c.id)).toEqual(['country:USA', 'country:GBR', 'country:KEN', 'country:VEN', 'country:TUR']);
  });

  it('covers Kosovo, the Soviet Union and Palestinian', () => {
    const r = extractEntitiesFromText('Kosovo recalled the Soviet Union era, and a Palestinian envoy agreed.');
    expect(r.countries.map((c) => [c.iso3, c.name])).toEqual([['XKX', 'Kosovo'], ['SUN', 'Soviet Union'], ['PSE', 'Palestine']]);
  });

  it('does not read regions as countries', () => {
    const r = extractEntitiesFromText('Ships crossed the South China Sea toward Latin American ports.');
    expect(r.countries).toEqual([]);
  });

  it('keeps offsets exact', () => {
    const body = 'Talks with Ghana’s envoy resumed.';
    const r = extractEntitiesFromText(body);
    for (const m of r.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
    expect(mentionsOf(r, 'Country')).toEqual(['Ghana=Ghana']);
  });

  it('does not read seas, wars, territories or surnames as countries', () => {
    const r = extractEntitiesFromText('Ships crossed the Indian Ocean after the Korean War. Michael Jordan toured French Polynesia.');
    expect(r.countries).toEqual([]);
  });
});
