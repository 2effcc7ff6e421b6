import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const roles = (r: ReturnType<typeof extractEntitiesFromText>) => r.persons.map((p) => [p.name, p.roles.map((x) => [x.title, x.of?.name ?? null])]);

describe('role merging', () => {
  it('drops a shortened title that repeats a fuller one', () => {
    const r = extractEntitiesFromText('Minister of Foreign Affairs of the Republic of Chile Pablo Rojas arrived on Monday. Minister Rojas said the talks went well.');
    expect(roles(r)).toEqual([['Pablo Rojas', [['Minister of Foreign Affairs', 'Chile']]]]);
  });

  it('lets a fuller title replace a shorter one stated first', () => {
    const r = extractEntitiesFromText('Minister Pablo Rojas arrived on Monday. Later, Chilean Minister of Commerce Pablo Rojas said the talks went well.');
    expect(roles(r)).toEqual([['Pablo Rojas', [['Minister of Commerce', 'Chile']]]]);
  });

  it('keeps two different offices', () => {
    const r = extractEntitiesFromText("Peru's Prime Minister and Minister of Foreign Affairs Luis Vega spoke on Monday.");
    expect(roles(r)).toEqual([['Luis Vega', [['Minister of Foreign Affairs', 'Peru'], ['Prime Minister', 'Peru']]]]);
  });
});
