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
