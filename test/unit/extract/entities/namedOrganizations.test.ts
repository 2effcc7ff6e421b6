import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText, mentionsOf } from '../../../_utils/extractEntitiesFromText';

describe('namedOrganizations rule', () => {
  it('reads capitalised names headed by an organisation word, with acronym aliases', () => {
    const r = extractEntitiesFromText('The Northern Liberation Front (NLF) rejected the plan. Later the NLF softened its tone.');
    expect(mentionsOf(r, 'Organization')).toEqual(['Northern Liberation Front=Northern Liberation Front', 'NLF=Northern Liberation Front', 'NLF=Northern Liberation Front']);
    expect(r.organizations.map((o) => [o.id, o.aliases])).toEqual([['org:nlf', ['NLF']]]);
  });

  it('keeps "of" tails and links a country inside the name', () => {
    const r = extractEntitiesFromText('The Supreme Council of Chile met on Monday.');
    expect(r.organizations.map((o) => [o.name, o.country])).toEqual([['Supreme Council of Chile', 'country:CHL']]);
  });

  it('does not read treaties or titles as organisations', () => {
    const r = extractEntitiesFromText('The Arctic Fisheries Agreement was praised by the President of the Commission.');
    expect(r.organizations).toEqual([]);
  });
});

describe('namedOrganizations: a surname after a name particle', () => {
  it('does not open a body name with the surname before "and <Body> <title>"', () => {
    const r = extractEntitiesFromText('President Marcos Pereira da Souza and European Commission President Ana Roth met in Rio on Friday.');
    expect(r.organizations.map((o) => o.name)).toEqual(['European Commission']);
    expect(r.persons.map((p) => [p.name, p.roles.map((x) => x.of?.name ?? null)])).toEqual([
      ['Marcos Pereira da Souza', [null]],
      ['Ana Roth', ['European Commission']],
    ]);
  });
});

describe('namedOrganizations: plural possessives inside a name', () => {
  it('keeps a plural possessive that leads to the head word ("Victims\' Families Association")', () => {
    const r = extractEntitiesFromText("The Kiteve Victims' Families Association asked the government to pay compensation.");
    expect(r.organizations.map((o) => o.name)).toEqual(["Kiteve Victims' Families Association"]);
    expect(r.persons).toEqual([]);
  });
});

describe('namedOrganizations: two bodies joined by "and the"', () => {
  it('ends a complete name before "and the" and reads a government named by what it is', () => {
    const r = extractEntitiesFromText('Both sides backed the truce between the Government of National Salvation and the Eastern Defence Forces on Monday.');
    expect(r.organizations.map((o) => o.name).sort()).toEqual(['Eastern Defence Forces', 'Government of National Salvation']);
  });

  it('still joins "and" inside one name', () => {
    const r = extractEntitiesFromText('The Ministry of Trade and Industry agreed to the plan.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Ministry of Trade and Industry']);
  });
});
