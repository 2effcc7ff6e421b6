import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const roles = (r: ReturnType<typeof extractEntitiesFromText>) => r.persons.map((p) => [p.name, p.roles.map((x) => [x.title, x.of?.name ?? null])]);

describe('roleOwners rule', () => {
  it('gives "counterpart" the title of the other person in the sentence', () => {
    const r = extractEntitiesFromText('Chilean Foreign Minister Pablo Rojas met his Peruvian counterpart Rosa Paredes.');
    expect(roles(r)).toEqual([
      ['Pablo Rojas', [['Foreign Minister', 'Chile']]],
      ['Rosa Paredes', [['Foreign Minister', 'Peru']]],
    ]);
  });

  it('takes the counterpart title only from someone named before', () => {
    const r = extractEntitiesFromText('Chilean foreign minister Pablo Rojas held talks with Peruvian counterpart Rosa Paredes and U.N. Secretary General Ana Roth on Monday.');
    expect(roles(r)).toEqual([
      ['Pablo Rojas', [['foreign minister', 'Chile']]],
      ['Rosa Paredes', [['foreign minister', 'Peru']]],
      ['Ana Roth', [['Secretary General', 'United Nations']]],
    ]);
  });

  it('reads the owner of a national title from the one free demonym or possessive of its sentence', () => {
    const r = extractEntitiesFromText('President Ana Soto said Chilean troops would stay.');
    expect(roles(r)).toEqual([['Ana Soto', [['President', 'Chile']]]]);
  });

  it('leaves the owner null when the sentence names no free country or several', () => {
    const r = extractEntitiesFromText('President Ana Soto met Peruvian Foreign Minister Rosa Paredes. Prime Minister Luis Vega said Chile and Peru agreed.');
    expect(roles(r)).toEqual([
      ['Ana Soto', [['President', null]]],
      ['Rosa Paredes', [['Foreign Minister', 'Peru']]],
      ['Luis Vega', [['Prime Minister', null]]],
    ]);
  });

  it('does not take a bare country name, which may be the other party', () => {
    const r = extractEntitiesFromText('Foreign Minister Ana Soto said talks with Peru would resume.');
    expect(roles(r)).toEqual([['Ana Soto', [['Foreign Minister', null]]]]);
  });
});

describe('roleOwners: colleagues and nation-specific office names', () => {
  it('gives a foreign "colleague" the office of the person named before', () => {
    const r = extractEntitiesFromText('Argentine Foreign Minister Pablo Ruiz wrote to his British colleague Tom Hale about the islands.');
    expect(roles(r)).toEqual([
      ['Pablo Ruiz', [['Foreign Minister', 'Argentina']]],
      ['Tom Hale', [['Foreign Minister', 'United Kingdom']]],
    ]);
  });

  it('drops "colleague" when nobody with an office stands before it', () => {
    const r = extractEntitiesFromText('Her party colleague Ana Soto disagreed with the plan.');
    expect(roles(r)).toEqual([['Ana Soto', []]]);
  });

  it('makes the counterpart of an external affairs minister or secretary of state a foreign minister', () => {
    const r = extractEntitiesFromText('External Affairs Minister Raj Mehta met his Chinese counterpart Li Wei in Rio. Secretary of State Ann Cole called her Japanese counterpart Taro Ono.');
    expect(roles(r).map(([name, rs]) => [name, (rs as string[][])[0]?.[0]])).toEqual([
      ['Raj Mehta', 'External Affairs Minister'],
      ['Li Wei', 'foreign minister'],
      ['Ann Cole', 'Secretary of State'],
      ['Taro Ono', 'foreign minister'],
    ]);
  });
});
