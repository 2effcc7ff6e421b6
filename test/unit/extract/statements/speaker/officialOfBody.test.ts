import { describe, expect, it } from 'vitest';
import { country, person, statementsOf } from '../../../../_utils/statements';

const ruiz = person('Elena Ruiz');
const vega = person('Tomas Vega');
const soto = person('Ana Soto');
const chile = country('Chile', 'CHL');
const peru = country('Peru', 'PER');
const bolivia = country('Bolivia', 'BOL');

describe('officialOfBody speaker check', () => {
  it('gives the statement to the person whose "of <Country>" stands before the verb, not to the country', () => {
    const body = 'Ambassador Elena Ruiz of Chile, who chairs the committee, told members that the fighting had to stop.';
    const { statements } = statementsOf(body, [['Elena Ruiz', ruiz], ['Chile', chile]]);
    expect(statements.map((s) => [s.speaker, s.verb])).toEqual([[ruiz, 'told']]);
  });

  it('makes "A of X and B of Y" a joint statement of A with B', () => {
    const body = 'Foreign Ministers Tomas Vega of Peru and Ana Soto of Bolivia called for more aid.';
    const { statements } = statementsOf(body, [['Tomas Vega', vega], ['Peru', peru], ['Ana Soto', soto], ['Bolivia', bolivia]]);
    expect(statements.map((s) => [s.speaker, s.coSpeakers])).toEqual([[vega, [soto]]]);
  });

  it('keeps a country that speaks for itself', () => {
    const body = 'Elena Ruiz arrived on Monday. Chile said it would send aid.';
    const { statements } = statementsOf(body, [['Elena Ruiz', ruiz], ['Chile', chile]]);
    expect(statements.map((s) => s.speaker)).toEqual([chile]);
  });
});
