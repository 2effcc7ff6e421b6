import { describe, expect, it } from 'vitest';
import { country, person, statementsOf } from '../../../_utils/statements';

const chile = country('Chile', 'CHL');
const peru = country('Peru', 'PER');
const ruiz = person('Ana Ruiz');
const PAIRS = [['Chile', chile], ['Peru', peru], ['Ana Ruiz', ruiz], ['Ruiz', ruiz]] as const;

describe('verbs that are speech only with an object complement', () => {
  it('reads "asked X to <verb>" and "cited X as the reason" as statements, not "asked for" or a bare "cited X"', () => {
    const body = 'Peru asked Chile to reopen the crossing. Chile asked for more time. Ana Ruiz cited the drought as the main reason for the delay. Ruiz cited a 1990 law.';
    const { statements } = statementsOf(body, PAIRS, '2025-03-14');
    expect(statements.map((s) => [s.speaker, s.verb, s.category.code])).toEqual([[peru, 'asked', '02'], [ruiz, 'cited', '01']]);
  });

  it('reads no act in "asked not to be named" or a pluperfect "had asked X to" inside a report', () => {
    const body = 'Peru denied a report that Chile had asked Lima to close the port. The talks will resume, said Ana Ruiz, who asked not to be named.';
    const { statements } = statementsOf(body, PAIRS, '2025-03-14');
    expect(statements.map((s) => [s.speaker, s.verb])).toEqual([[peru, 'denied'], [ruiz, 'said']]);
  });
});
