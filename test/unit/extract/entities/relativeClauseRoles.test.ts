import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const roles = (r: ReturnType<typeof extractEntitiesFromText>) => r.persons.map((p) => [p.name, p.roles.map((x) => [x.title, x.of?.name ?? null])]);

describe('relativeClauseRoles rule', () => {
  it('gives a bare military rank the force its holder leads or controls', () => {
    const r = extractEntitiesFromText('Clashes resumed between General Omar Taha, who controls the Sudanese army, and Lieutenant General Idris Kabbashi, who commands the paramilitary Rapid Support Forces.');
    expect(roles(r)).toEqual([
      ['Omar Taha', [['General', 'Sudanese army']]],
      ['Idris Kabbashi', [['Lieutenant General', 'Rapid Support Forces']]],
    ]);
  });

  it('adds the head of a body a titled person presides over or chairs', () => {
    const r = extractEntitiesFromText('The meeting was called by the prime minister of Chile, Ana Soto, who presides over the Union of South American Nations. Luis Vega, who chairs the European Commission, sent a letter.');
    expect(roles(r)).toEqual([
      ['Ana Soto', [['prime minister', 'Chile'], ['head', 'Union of South American Nations']]],
      ['Luis Vega', [['chair', 'European Commission']]],
    ]);
  });

  it('reads the title a person was appointed to, and a second one joined by "and"', () => {
    const r = extractEntitiesFromText('The post went to Maria Okafor, who was appointed spokeswoman for the Foreign Ministry in May. Tom Hale, who became ambassador to NATO and deputy head of the European Commission, left.');
    expect(roles(r)).toEqual([
      ['Maria Okafor', [['spokeswoman', 'Foreign Ministry']]],
      ['Tom Hale', [['ambassador', 'NATO'], ['deputy head', 'European Commission']]],
    ]);
  });

  it('reads "who chairs the committee" as the chair of the last committee named before', () => {
    const r = extractEntitiesFromText('The Committee on Trade will meet in June. Deputy Ana Silva, who chairs the committee, said the bill was ready.');
    expect(roles(r)).toEqual([['Ana Silva', [['Deputy', null], ['chair', 'Committee on Trade']]]]);
  });

  it('gives nothing for "who chairs the committee" when no committee was named', () => {
    const r = extractEntitiesFromText('The ministry will report in June. Ana Silva, who chairs the committee, said the bill was ready.');
    expect(roles(r)).toEqual([['Ana Silva', []]]);
  });

  it('gives nothing for a relative clause that names no office or body', () => {
    const r = extractEntitiesFromText('Maria Okafor, who leads the talks, said they would go on. Tom Hale, who was in Lima, agreed.');
    expect(roles(r)).toEqual([
      ['Maria Okafor', []],
      ['Tom Hale', []],
    ]);
  });
});
