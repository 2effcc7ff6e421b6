import { describe, expect, it } from 'vitest';
import { person, statementsOf } from '../../../_utils/statements';

const ruiz = person('Elena Ruiz');

describe('continuation', () => {
  it('gives a verbless quote paragraph its own statement with the previous speaker and verb', () => {
    const body = '"We want a fair deal," Elena Ruiz said.\n\n"And we want it before winter."';
    const { statements } = statementsOf(body, [['Elena Ruiz', ruiz]]);
    expect(statements.map((s) => [s.speaker.name, s.verb, s.quote])).toEqual([
      ['Elena Ruiz', 'said', 'We want a fair deal,'],
      ['Elena Ruiz', 'said', 'And we want it before winter.'],
    ]);
  });

  it('joins a quotation that runs open across a paragraph break into one statement', () => {
    const body = 'Elena Ruiz said: "We want a fair deal.\n\n"And we want it before winter."';
    const { statements } = statementsOf(body, [['Elena Ruiz', ruiz]]);
    expect(statements.map((s) => s.quote)).toEqual(['We want a fair deal. [...] And we want it before winter.']);
  });

  it('joins a verbless quote sentence in the same paragraph as a fragment', () => {
    const body = '"We want a fair deal," Elena Ruiz said. "Nothing less."';
    const { statements } = statementsOf(body, [['Elena Ruiz', ruiz]]);
    expect(statements.map((s) => s.quote)).toEqual(['We want a fair deal, [...] Nothing less.']);
  });

  it('does not continue across an unrelated narrative paragraph', () => {
    const body = '"We want a fair deal," Elena Ruiz said.\n\nThe talks resumed later.\n\n"A scare-quoted phrase."';
    const { statements } = statementsOf(body, [['Elena Ruiz', ruiz]]);
    expect(statements).toHaveLength(1);
  });

  it('keeps one statement when the reopened quotation carries its own "she said"', () => {
    const body = 'Elena Ruiz said: "We want a fair deal.\n\n"We want it before winter," she said.';
    const { statements } = statementsOf(body, [['Elena Ruiz', ruiz]]);
    expect(statements.map((s) => s.quote)).toEqual(['We want a fair deal. [...] We want it before winter,']);
  });

  it('reads "he continued" as the same speaker going on', () => {
    const body = 'Elena Ruiz spoke last.\n\n"We are ready," she continued. "But we need guarantees."';
    const { statements } = statementsOf(body, [['Elena Ruiz', ruiz]]);
    expect(statements.map((s) => [s.speaker.name, s.verb, s.quote])).toEqual([['Elena Ruiz', 'continued', 'We are ready, [...] But we need guarantees.']]);
  });
});
