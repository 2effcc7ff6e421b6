import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const roles = (r: ReturnType<typeof extractEntitiesFromText>) => r.persons.map((p) => [p.name, p.roles.map((x) => [x.title, x.of?.name ?? null])]);

describe('portfolio titles before a name', () => {
  it('keeps "Minister of <Portfolio>" whole and out of the name', () => {
    const r = extractEntitiesFromText('Chilean Minister of Commerce Pablo Rojas told reporters the plan was sound.');
    expect(roles(r)).toEqual([['Pablo Rojas', [['Minister of Commerce', 'Chile']]]]);
  });

  it('reads a list of portfolios joined by commas and "and"', () => {
    const r = extractEntitiesFromText("The talks were hosted by Peru's Minister of Industry, Trade and Tourism Rosa Paredes on Monday.");
    expect(roles(r)).toEqual([['Rosa Paredes', [['Minister of Industry, Trade and Tourism', 'Peru']]]]);
  });

  it('takes the owner from "of the Republic of <Country>" after the title', () => {
    const r = extractEntitiesFromText('Minister of Foreign Affairs of the Republic of Chile Pablo Rojas received the envoy.');
    expect(roles(r)).toEqual([['Pablo Rojas', [['Minister of Foreign Affairs', 'Chile']]]]);
  });

  it('gives two titles joined by "and" the same owner', () => {
    const r = extractEntitiesFromText("Peru's Prime Minister and Minister of Foreign Affairs Luis Vega said on Monday that talks would resume.");
    expect(roles(r)).toEqual([['Luis Vega', [['Minister of Foreign Affairs', 'Peru'], ['Prime Minister', 'Peru']]]]);
  });

  it('takes a body named after the title as its owner', () => {
    const r = extractEntitiesFromText('President of the European Commission Ana Roth met Peruvian President Luis Vega.');
    expect(roles(r)).toEqual([
      ['Ana Roth', [['President', 'European Commission']]],
      ['Luis Vega', [['President', 'Peru']]],
    ]);
  });

  it('takes "of <Country>" after the name as the owner of the title before it', () => {
    const r = extractEntitiesFromText('Former President Luis Vega of Peru said the deal was bad.');
    expect(roles(r)).toEqual([['Luis Vega', [['Former President', 'Peru']]]]);
  });

  it('never leaves a title ending in "of"', () => {
    const r = extractEntitiesFromText('Minister of Energy and Mines Tomas Rios said the mine would reopen.');
    expect(roles(r)).toEqual([['Tomas Rios', [['Minister of Energy and Mines', null]]]]);
  });
});
