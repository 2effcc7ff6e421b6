import { describe, expect, it } from 'vitest';
import { person, statementsOf } from '../../../_utils/statements';

const okafor = person('Musa Okafor');

describe('leadParaphrase', () => {
  it('merges an opening paraphrase with the quote that follows it', () => {
    const body = 'Nigerian envoy Musa Okafor on Tuesday rejected claims of a secret deal. "There is no deal of any kind," Okafor said.';
    const { statements } = statementsOf(body, [['Musa Okafor', okafor], ['Okafor', okafor]]);
    expect(statements.map((s) => [s.verb, s.quote, s.category.code])).toEqual([['rejected', 'There is no deal of any kind,', '12']]);
  });

  it('keeps a release\'s present-tense lead apart from the quotations after it', () => {
    const body = 'Nigerian envoy Musa Okafor strongly rejects claims of a secret deal.\n\n"There is no deal of any kind," Okafor said.';
    const { statements } = statementsOf(body, [['Musa Okafor', okafor], ['Okafor', okafor]]);
    expect(statements.map((s) => [s.verb, s.quote])).toEqual([
      ['rejects', null],
      ['said', 'There is no deal of any kind,'],
    ]);
  });

  it('does not count a word of the lead\'s relative clause as shared with the quote', () => {
    const body = 'Nigerian envoy Musa Okafor on Tuesday deplored the raid, in which three farmers died.\n\n"Our farmers deserve better protection," Okafor said.';
    const { statements } = statementsOf(body, [['Musa Okafor', okafor], ['Okafor', okafor]]);
    expect(statements.map((s) => [s.verb, s.quote])).toEqual([
      ['deplored', null],
      ['said', 'Our farmers deserve better protection,'],
    ]);
  });

  it('merges a later paraphrase with the quotation of the very next sentence', () => {
    const body = 'Talks opened in Abuja.\n\nMusa Okafor rejected claims of a secret deal. "There is no deal," he said.';
    const { statements } = statementsOf(body, [['Musa Okafor', okafor]]);
    expect(statements.map((s) => [s.verb, s.quote])).toEqual([['rejected', 'There is no deal,']]);
  });

  it('keeps a later paraphrase separate when a sentence stands between it and the quotation', () => {
    const body = 'Talks opened in Abuja.\n\nMusa Okafor rejected claims of a secret deal. The talks ran late. "There is no deal," Okafor said.';
    const { statements } = statementsOf(body, [['Musa Okafor', okafor], ['Okafor', okafor]]);
    expect(statements.map((s) => s.verb)).toEqual(['rejected', 'said']);
  });

  it('keeps a later statement with a reported clause of its own separate from the next quotation', () => {
    const body = 'Talks opened in Abuja.\n\nMusa Okafor noted that the deal talks had stalled. "There is no deal," he said.';
    const { statements } = statementsOf(body, [['Musa Okafor', okafor]]);
    expect(statements.map((s) => s.verb)).toEqual(['noted', 'said']);
  });

  it('keeps a later statement separate when the next quotation is by someone else', () => {
    const ade = person('Ada Eze');
    const body = 'Talks opened in Abuja.\n\nMusa Okafor rejected claims of a secret deal. "There is a deal," Ada Eze said.';
    const { statements } = statementsOf(body, [['Musa Okafor', okafor], ['Ada Eze', ade]]);
    expect(statements.map((s) => [s.speaker.name, s.verb])).toEqual([['Musa Okafor', 'rejected'], ['Ada Eze', 'said']]);
  });

  it('keeps an opening statement separate when the quotation shares no content word with it', () => {
    const body = 'Musa Okafor said the new embassy would open in spring. "A proud moment," Okafor said.';
    const { statements } = statementsOf(body, [['Musa Okafor', okafor], ['Okafor', okafor]]);
    expect(statements.map((s) => [s.verb, s.quote])).toEqual([['said', null], ['said', 'A proud moment,']]);
  });
});
