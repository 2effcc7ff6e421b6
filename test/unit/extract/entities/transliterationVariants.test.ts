import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const people = (r: ReturnType<typeof extractEntitiesFromText>) => r.persons.map((p) => [p.name, [...p.aliases].sort()]);

describe('transliterationVariants rule', () => {
  it('merges a second spelling of a full name into the first', () => {
    const r = extractEntitiesFromText('Deputy Foreign Minister Dmitri Sokolov said talks would go on. Later, Dmitry Sokolow told reporters that Moscow was ready.');
    expect(people(r)).toEqual([['Dmitri Sokolov', ['Dmitry Sokolow']]]);
  });

  it('merges a surname spelled with a doubled or a single letter', () => {
    const r = extractEntitiesFromText("Kazakhstan's envoy Yerlan Nurgaliyev said Astana was not consulted. Nurgaliev told the agency it respected all sanctions.");
    expect(r.persons.map((p) => p.name)).toEqual(['Yerlan Nurgaliyev']);
    expect(r.persons[0]?.aliases).toContain('Nurgaliev');
  });

  it('reads gh and q as one sound ("Baghaei"/"Baqaei")', () => {
    const r = extractEntitiesFromText('Spokesman Reza Sadeghi described the move as theft. Sadeqi told state television that exports would go on.');
    expect(r.persons.map((p) => p.name)).toEqual(['Reza Sadeghi']);
  });

  it('keeps apart two people whose surnames differ in more than spelling, and a surname shared by two full names', () => {
    const r = extractEntitiesFromText('Anna Sokolova met Dmitri Sokolov and Ivan Sokolow in Minsk on Monday. Sokolov said the talks went well.');
    expect(r.persons.map((p) => p.name).sort()).toEqual(['Anna Sokolova', 'Dmitri Sokolov', 'Ivan Sokolow']);
  });
});
