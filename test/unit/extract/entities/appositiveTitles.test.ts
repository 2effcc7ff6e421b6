import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const roles = (r: ReturnType<typeof extractEntitiesFromText>) => r.persons.map((p) => [p.name, p.roles.map((x) => [x.title, x.of?.name ?? null])]);

describe('appositive titles after a name', () => {
  it('keeps the title after a possessive title and the owner before it', () => {
    const r = extractEntitiesFromText("Ana Roth, the UN secretary-general's special envoy on Haiti, said the vote should go ahead.");
    expect(roles(r)).toEqual([['Ana Roth', [['special envoy on Haiti', 'United Nations']]]]);
  });

  it('reads "official" as part of a title and a ministry after "of" as its owner', () => {
    const r = extractEntitiesFromText("Dr Rosa Paredes, the official spokesperson of Peru's foreign ministry, told reporters it was over.");
    expect(roles(r)).toEqual([['Rosa Paredes', [['official spokesperson', "Peru's foreign ministry"]]]]);
  });

  it('keeps modifiers before the owner in the title', () => {
    const r = extractEntitiesFromText('Jean Morel, the recalled French ambassador to Chile, left on Friday. Ana Roth, the deputy UN envoy, stayed.');
    expect(roles(r)).toEqual([
      ['Jean Morel', [['recalled French ambassador to Chile', 'France']]],
      ['Ana Roth', [['deputy UN envoy', 'United Nations']]],
    ]);
  });

  it('keeps a leading "Chief" before the owner of a title before a name', () => {
    const r = extractEntitiesFromText('Chief EU negotiator Ana Roth said the deal was done.');
    expect(roles(r)).toEqual([['Ana Roth', [['Chief EU negotiator', 'European Union']]]]);
  });

  it('completes a title with "to the <body>"', () => {
    const r = extractEntitiesFromText("Ivan Sokolov, Russia's ambassador to the UN, said the vote was biased.");
    expect(roles(r)).toEqual([['Ivan Sokolov', [['ambassador to the UN', 'Russia']]]]);
  });

  it('does not read the subject after an opening clause as an apposition', () => {
    const r = extractEntitiesFromText("After meeting Peru's foreign minister Luis Vega, the envoy left. After talks, Ana Roth, the US envoy who led them, spoke.");
    expect(roles(r)).toEqual([
      ['Luis Vega', [['foreign minister', 'Peru']]],
      ['Ana Roth', [['envoy', 'United States']]],
    ]);
  });

  it('keeps a capitalised topic after "on" in the title', () => {
    const r = extractEntitiesFromText('Ana Roth, the EU special representative on Human Rights, said the vote should go ahead.');
    expect(roles(r)).toEqual([['Ana Roth', [['special representative on Human Rights', 'European Union']]]]);
  });
});

describe('appositive titles: portfolios, a second title, a dash', () => {
  it('keeps capitalised portfolio words after "minister of" in the title, and a second title joined by ", and"', () => {
    const r = extractEntitiesFromText('The text was read by Colonel Ali Kone, Malian minister of Territorial Administration and Decentralisation, and spokesperson for the Foreign Ministry.');
    expect(roles(r)).toEqual([['Ali Kone', [['minister of Territorial Administration and Decentralisation', 'Mali'], ['spokesperson', 'Foreign Ministry']]]]);
  });

  it('reads an interim title, and an apposition closed by a dash', () => {
    const r = extractEntitiesFromText('Colonel Jorge Vela, interim president of Peru, arrived. "We are ready," said Mr Tom Hale, Prime Minister of Fiji – the host of this year\'s forum.');
    expect(roles(r)).toEqual([
      ['Jorge Vela', [['interim president', 'Peru']]],
      ['Tom Hale', [['Prime Minister', 'Fiji']]],
    ]);
  });
});
