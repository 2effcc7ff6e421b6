import { describe, expect, it } from 'vitest';
import { countryInName, isCountryWord, isoFromCountryId, resolveCountry } from '../../../api/src/eval/countryCodes';

describe('resolveCountry', () => {
  it.each([
    ['United States', 'USA'],
    ['U.S.', 'USA'],
    ['US', 'USA'],
    ['America', 'USA'],
    ['United Kingdom', 'GBR'],
    ['UK', 'GBR'],
    ['Britain', 'GBR'],
    ['Turkey', 'TUR'],
    ['Türkiye', 'TUR'],
    ['South Korea', 'KOR'],
    ['North Korea', 'PRK'],
    ['Palestine', 'PSE'],
    ['Kosovo', 'XKX'],
    ['Soviet Union', 'SUN'],
    ['USSR', 'SUN'],
    ['Russia', 'RUS'],
    ['Russian Federation', 'RUS'],
    ['Saint Vincent and the Grenadines', 'VCT'],
    ['United Arab Emirates', 'ARE'],
    ['UAE', 'ARE'],
    ['Philippines', 'PHL'],
    ['the Philippines', 'PHL'],
    ['Venezuelan', 'VEN'],
    ['Moscow', 'RUS'],
    ['RUS', 'RUS'],
  ])('%s → %s', (name, code) => {
    expect(resolveCountry(name)).toBe(code);
  });
  it('gives null for regions and unknown names', () => {
    expect(resolveCountry('Middle East')).toBeNull();
    expect(resolveCountry('Essequibo')).toBeNull();
    expect(resolveCountry('XYZ')).toBeNull();
  });
});

describe('countryInName', () => {
  it('finds the country named inside an organisation name', () => {
    expect(countryInName('Russian Foreign Ministry')).toBe('RUS');
    expect(countryInName('Government of Venezuela')).toBe('VEN');
    expect(countryInName('Foreign Ministry of Saudi Arabia')).toBe('SAU');
    expect(countryInName('United States Armed Forces')).toBe('USA');
    expect(countryInName('NATO')).toBeNull();
  });
  it('does not treat a capital inside a name as the country', () => {
    expect(countryInName('Paris Agreement')).toBeNull();
    expect(isCountryWord('paris')).toBe(false);
    expect(isCountryWord('russian')).toBe(true);
  });
});

describe('isoFromCountryId', () => {
  it('reads country ids only', () => {
    expect(isoFromCountryId('country:VEN')).toBe('VEN');
    expect(isoFromCountryId('org:nato')).toBeNull();
    expect(isoFromCountryId(null)).toBeNull();
  });
});
