import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const rolesOf = (text: string) => extractEntitiesFromText(text).persons.map((p) => [p.name, p.roles.map((r) => [r.title, r.of?.name ?? null])]);

describe('unOffices rule', () => {
  it('gives a UN-only office stated without owner to the United Nations when the article names it', () => {
    expect(rolesOf('The UN has sent observers. The Special Rapporteur on freedom of expression, Marta Lindqvist, asked for access.')).toEqual([
      ['Marta Lindqvist', [['Special Rapporteur on freedom of expression', 'United Nations']]],
    ]);
  });

  it('leaves the office without owner when the article never names the UN', () => {
    expect(rolesOf('The Special Rapporteur on freedom of expression, Marta Lindqvist, asked for access.')).toEqual([
      ['Marta Lindqvist', [['Special Rapporteur on freedom of expression', null]]],
    ]);
  });

  it('gives the refugee office to the UN agency the article names, even when the title names the UN', () => {
    expect(rolesOf('UNHCR appealed for funds, and deputy UN High Commissioner for Refugees Ruth Okello visited the camps.')).toEqual([
      ['Ruth Okello', [['deputy UN High Commissioner for Refugees', 'UNHCR']]],
    ]);
  });
});
