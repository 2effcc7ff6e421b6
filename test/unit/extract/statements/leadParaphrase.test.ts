import { describe, expect, it } from 'vitest';
import { person, statementsOf } from '../../../_utils/statements';

const okafor = person('Musa Okafor');

describe('leadParaphrase', () => {
  it('merges an opening paraphrase with the quote that follows it', () => {
    const body = 'Nigerian envoy Musa Okafor on Tuesday rejected claims of a secret deal. "There is no deal of any kind," Okafor said.';
    const { statements } = statementsOf(body, [['Musa Okafor', okafor], ['Okafor', okafor]]);
    expect(statements.map((s) => [s.verb, s.quote, s.category.code])).toEqual([['rejected', 'There is no deal of any kind,', '12']]);
  });

  it('keeps later paraphrases separate', () => {
    const body = 'Talks opened in Abuja.\n\nMusa Okafor rejected claims of a secret deal. "There is no deal," Okafor said.';
    const { statements } = statementsOf(body, [['Musa Okafor', okafor], ['Okafor', okafor]]);
    expect(statements.map((s) => s.verb)).toEqual(['rejected', 'said']);
  });

  it('keeps an opening statement separate when the quotation shares no content word with it', () => {
    const body = 'Musa Okafor said the new embassy would open in spring. "A proud moment," Okafor said.';
    const { statements } = statementsOf(body, [['Musa Okafor', okafor], ['Okafor', okafor]]);
    expect(statements.map((s) => [s.verb, s.quote])).toEqual([['said', null], ['said', 'A proud moment,']]);
  });
});
