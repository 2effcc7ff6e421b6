import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText, mentionsOf } from '../../../_utils/extractEntitiesFromText';

describe('governmentOfCountry rule', () => {
  it('gives "the Government of <country>" to the country it names, not to an adjective earlier in the sentence', () => {
    const r = extractEntitiesFromText('Peruvian traders were stopped at the border, and the Government of Bolivia said the crossing would stay shut.');
    expect(mentionsOf(r, 'Organization')).toEqual(['Government of Bolivia=Government of Bolivia']);
    expect(r.organizations.map((o) => [o.id, o.country])).toEqual([['org:bol-government', 'country:BOL']]);
  });

  it('reads a lowercase "government of" the same way', () => {
    const r = extractEntitiesFromText('A Kenyan delegation met the government of Uganda in Kampala.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Government of Uganda']);
  });

  it('leaves a qualified government to the rule that names its kind', () => {
    const r = extractEntitiesFromText('Niger closed its airspace. Officials of the transitional government of Niger met on Monday.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Transitional government of Niger']);
  });

  it('leaves a longer capitalised name alone', () => {
    const r = extractEntitiesFromText('The Government of National Unity met in Tripoli.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Government of National Unity']);
  });
});
