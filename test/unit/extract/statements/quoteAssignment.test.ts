import { describe, expect, it } from 'vitest';
import { country, person, statementsOf } from '../../../_utils/statements';

const lind = person('Eva Lind');
const kim = person('Kim Hana');
const smith = person('John Smith');
const france = country('France', 'FRA');
const usa = country('United States', 'USA');

describe('quotation assignment between verbs of one sentence', () => {
  it('gives a quotation in a clause hung on a noun to that clause\'s speaker', () => {
    const body = 'The speech came a day after Paris announced it would quit the pact, a step that Ms Lind described as "reckless" and "sad".';
    const { statements } = statementsOf(body, [['Lind', lind], ['Paris', france]]);
    expect(statements.map((s) => [s.speaker, s.verb, s.quote])).toEqual([
      [france, 'announced', null],
      [lind, 'described', 'reckless [...] sad'],
    ]);
  });

  it('leaves a nested quotation with the reporter and keeps the reported act without it', () => {
    const body = 'Kim Hana told lawmakers that U.S. Deputy Secretary John Smith had expressed "deep regret" over the arrests.';
    const { statements } = statementsOf(body, [['Kim Hana', kim], ['John Smith', smith], ['U.S.', usa]]);
    expect(statements.map((s) => [s.speaker, s.verb, s.quote])).toEqual([
      [kim, 'told', 'deep regret'],
      [smith, 'expressed', null],
    ]);
  });
});
