import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';
import { datelineCountry } from '../../../../api/src/extract/entities/rules/contextOwners';

const roles = (r: ReturnType<typeof extractEntitiesFromText>) => r.persons.map((p) => [p.name, p.roles.map((x) => [x.title, x.of?.name ?? null])]);

describe('contextOwners rule', () => {
  it('gives a national office the dateline country when the sentence names no other country', () => {
    const r = extractEntitiesFromText('LIMA — Peru will reopen its consulate in the north, Foreign Minister Rosa Paredes said on Monday.');
    expect(roles(r)).toEqual([['Rosa Paredes', [['Foreign Minister', 'Peru']]]]);
  });

  it('gives the dateline country to one holder of an office only', () => {
    const r = extractEntitiesFromText('SANTIAGO, Chile (AP) — Chile backed the plan. President Ana Soto, who meets President Luis Vega next week, praised it.');
    expect(roles(r)).toEqual([
      ['Ana Soto', [['President', 'Chile']]],
      ['Luis Vega', [['President', null]]],
    ]);
  });

  it('leaves the owner null when the sentence names another country', () => {
    const r = extractEntitiesFromText('LIMA — Peru backed the plan. Prime Minister Luis Vega said Bolivia had asked for more time.');
    expect(roles(r)).toEqual([['Luis Vega', [['Prime Minister', null]]]]);
  });

  it('lets the owner of another person\'s role in the sentence not compete with the dateline country', () => {
    const r = extractEntitiesFromText('LIMA: Foreign Minister Rosa Paredes on Monday told Chilean Foreign Minister Pablo Rojas that Peru wanted calm.');
    expect(roles(r)).toEqual([
      ['Rosa Paredes', [['Foreign Minister', 'Peru']]],
      ['Pablo Rojas', [['Foreign Minister', 'Chile']]],
    ]);
  });

  it('ignores a dateline country the story never names again', () => {
    const r = extractEntitiesFromText('LIMA — Prime Minister Luis Vega said the summit would end on Friday.');
    expect(roles(r)).toEqual([['Luis Vega', [['Prime Minister', null]]]]);
  });

  it('without a dateline, gives a national office the country the story is plainly about', () => {
    const r = extractEntitiesFromText('Peru will not sign the pact. Peruvian officials said Peru had doubts. The Foreign Minister, Rosa Paredes, said the text was weak. Lima wants changes, a Chilean diplomat said.');
    expect(roles(r)).toEqual([['Rosa Paredes', [['Foreign Minister', 'Peru']]]]);
  });

  it('without a dateline, leaves the owner null when no country dominates', () => {
    const r = extractEntitiesFromText('Peru and Chile will not sign the pact. Chilean and Peruvian officials had doubts. The Foreign Minister, Rosa Paredes, said the text was weak.');
    expect(roles(r)).toEqual([['Rosa Paredes', [['Foreign Minister', null]]]]);
  });

  it('reads "his <title> X" as an office of the country of the person named before', () => {
    const r = extractEntitiesFromText('Chilean President Ana Soto spoke on Monday. Her National Security Adviser Tomas Rios was in Lima at the time.');
    expect(roles(r)).toEqual([
      ['Ana Soto', [['President', 'Chile']]],
      ['Tomas Rios', [['National Security Adviser', 'Chile']]],
    ]);
  });

  it('gives a well-known leader their country', () => {
    const r = extractEntitiesFromText('The plan was welcomed by President Joe Biden and Prime Minister Narendra Modi during the visit.');
    expect(roles(r)).toEqual([
      ['Joe Biden', [['President', 'United States']]],
      ['Narendra Modi', [['Prime Minister', 'India']]],
    ]);
  });

  it('does not treat a sentence opening with a capital as a dateline', () => {
    expect(datelineCountry({ ...ctxFor('Lima, which hosts the talks, said nothing.') })).toBeNull();
  });

  it('gives a bare legislator\'s title the dateline country', () => {
    const r = extractEntitiesFromText('CANBERRA, May 4 (Wire) - Senator Tom Bradley said Australia would pass the bill. Representative Ana Lopez disagreed.');
    expect(roles(r)).toEqual([
      ['Tom Bradley', [['Senator', 'Australia']]],
      ['Ana Lopez', [['Representative', 'Australia']]],
    ]);
  });
});

function ctxFor(body: string) {
  const r = extractEntitiesFromText(body);
  return { mentions: r.mentions, body, tokens: [{ start: 0 }] } as unknown as Parameters<typeof datelineCountry>[0];
}
