import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const rolesOf = (text: string) => extractEntitiesFromText(text).persons.map((p) => [p.name, p.roles.map((r) => [r.title, r.of?.name ?? null])]);

describe('titles with a remit (titleTopics)', () => {
  it('keeps "for <place>" after an owned envoy title as the remit, not the owner', () => {
    expect(rolesOf("The UN's special envoy for Libya, Omar Haddad, arrived on Monday.")).toEqual([['Omar Haddad', [['special envoy for Libya', 'United Nations']]]]);
  });

  it('reads a capitalised remit between the title and the name', () => {
    expect(rolesOf('UN High Commissioner for Human Rights Joana Ferreira said the report was accurate.')).toEqual([
      ['Joana Ferreira', [['High Commissioner for Human Rights', 'United Nations']]],
    ]);
  });

  it('reads a lowercase remit only when the apposition closes after it', () => {
    expect(rolesOf('The UN special rapporteur on torture, Ivan Petrov, wrote to the ministry.')).toEqual([['Ivan Petrov', [['special rapporteur on torture', 'United Nations']]]]);
  });

  it('gives a principal\'s spokesman the body the principal holds office in', () => {
    expect(rolesOf('UN Secretary-General Ana Ruiz will travel to Kenya, her spokesman Pablo Ortiz said.')).toEqual([
      ['Ana Ruiz', [['Secretary-General', 'United Nations']]],
      ['Pablo Ortiz', [['spokesman', 'United Nations']]],
    ]);
  });
});
