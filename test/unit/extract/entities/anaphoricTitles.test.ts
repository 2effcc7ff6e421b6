import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const rolesOf = (text: string) => extractEntitiesFromText(text).persons.map((p) => [p.name, p.roles.map((r) => [r.title, r.of?.name ?? null])]);

describe('anaphoricTitles rule', () => {
  it('gives the one person and country of the previous sentence the office a definite description names', () => {
    const r = extractEntitiesFromText('Kenya will send more troops, Musalia Mudavadi told parliament. The foreign minister said the decision was final.');
    expect(r.persons.map((p) => [p.name, p.roles.map((x) => [x.title, x.of?.name ?? null]), [...p.aliases]])).toEqual([
      ['Musalia Mudavadi', [['foreign minister', 'Kenya']], ['The foreign minister']],
    ]);
  });

  it('infers nothing when the previous sentence names two countries', () => {
    expect(rolesOf('Kenya and Uganda will send troops, Musalia Mudavadi said. The foreign minister added that talks would go on.')).toEqual([['Musalia Mudavadi', []]]);
  });

  it('infers nothing when the previous sentence names two persons', () => {
    expect(rolesOf('Kenya will send troops, Musalia Mudavadi told Amina Odhiambo. The foreign minister added that talks would go on.')).toEqual([
      ['Musalia Mudavadi', []],
      ['Amina Odhiambo', []],
    ]);
  });

  it('infers nothing when the title is followed by an owner phrase', () => {
    expect(rolesOf('Kenya will send troops, Musalia Mudavadi said. The minister of Uganda disagreed.')).toEqual([['Musalia Mudavadi', []]]);
  });
});
