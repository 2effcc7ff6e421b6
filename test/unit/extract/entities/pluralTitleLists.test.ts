import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const roles = (r: ReturnType<typeof extractEntitiesFromText>) => r.persons.map((p) => [p.name, p.roles.map((x) => [x.title, x.of?.name ?? null])]);

describe('pluralTitleLists rule', () => {
  it('gives every name of a list after a plural title that title and its own country', () => {
    const r = extractEntitiesFromText('Presidents Ana Soto of Chile, Luis Vega of Peru, and Rosa Paredes of Bolivia arrived in Lima on Monday.');
    expect(roles(r)).toEqual([
      ['Ana Soto', [['President', 'Chile']]],
      ['Luis Vega', [['President', 'Peru']]],
      ['Rosa Paredes', [['President', 'Bolivia']]],
    ]);
  });

  it('keeps the modifiers of a plural title and replaces the plural the first name took', () => {
    const r = extractEntitiesFromText('Foreign Ministers Tom Hale of Fiji and Pita Rua of Tonga signed the communique.');
    expect(roles(r)).toEqual([
      ['Tom Hale', [['Foreign Minister', 'Fiji']]],
      ['Pita Rua', [['Foreign Minister', 'Tonga']]],
    ]);
  });

  it('needs a list: one name after a plural title gets no singular role', () => {
    const r = extractEntitiesFromText('Ministers Tom Hale of Fiji said the forum would meet again.');
    expect(roles(r).flatMap(([, rs]) => rs as unknown[]).some((x) => (x as string[])[0] === 'Minister')).toBe(false);
  });
});
