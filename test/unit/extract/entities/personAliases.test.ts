import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText, mentionsOf } from '../../../_utils/extractEntitiesFromText';

describe('personAliases rule', () => {
  it('links surname-only and titled forms to the full name', () => {
    const r = extractEntitiesFromText('Amina Odhiambo opened the talks. Odhiambo said progress was slow. Later Ms Odhiambo left.');
    expect(mentionsOf(r, 'Person')).toEqual(['Amina Odhiambo=Amina Odhiambo', 'Odhiambo=Amina Odhiambo', 'Ms Odhiambo=Amina Odhiambo']);
    expect(r.persons.map((p) => [p.name, p.aliases])).toEqual([['Amina Odhiambo', ['Odhiambo', 'Ms Odhiambo']]]);
  });

  it('creates a single-name person only with a title or a speech verb', () => {
    const r = extractEntitiesFromText('President Kagwe arrived. Mbeki said nothing. Harbour traffic resumed.');
    expect(r.persons.map((p) => [p.name, p.aliases, p.roles.map((x) => x.title)])).toEqual([
      ['Kagwe', ['President Kagwe'], ['President']],
      ['Mbeki', [], []],
    ]);
  });

  it('keeps lowercase Arabic articles inside names and links the short form', () => {
    const r = extractEntitiesFromText('Egyptian President Abdel Fattah al-Sisi arrived. Later, al-Sisi left.');
    expect(r.persons.map((p) => [p.name, p.aliases])).toEqual([['Abdel Fattah al-Sisi', ['Egyptian President', 'al-Sisi']]]);
  });

  it('reads well-known surnames alone as persons and acting companies as organisations', () => {
    const r = extractEntitiesFromText('Talks with Putin went well, Gazprom said on Twitter.');
    expect(r.persons.map((p) => p.id)).toEqual(['person:putin']);
    expect(r.organizations.map((o) => o.name)).toEqual(['Gazprom']);
  });

  it('takes a common word after "Mr." or "Ms" as a surname', () => {
    const r = extractEntitiesFromText('Mr. Wang said the talks were useful. Ms Young disagreed.');
    expect(r.persons.map((p) => p.name)).toEqual(['Wang', 'Young']);
  });
});
