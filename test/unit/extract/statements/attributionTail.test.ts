import { describe, expect, it } from 'vitest';
import { person, statementsOf } from '../../../_utils/statements';

const nowak = person('Ewa Nowak');
const kral = person('Jan Kral');

describe('attribution tail after a closing quotation', () => {
  it('joins a bare "X said." cut off after a quotation ending in a full stop', () => {
    const body = '"The border stays open." Nowak said.';
    const { statements } = statementsOf(body, [['Nowak', nowak]]);
    expect(statements.map((s) => [s.speaker, s.quote, s.text])).toEqual([[nowak, 'The border stays open.', body]]);
  });

  it('keeps a sentence with its own reported clause ("..., Nowak said.") as a statement of its own', () => {
    const body = 'Ewa Nowak said: "The border stays open." The ministry has no plans to close it, Nowak said.';
    const { statements } = statementsOf(body, [['Ewa Nowak', nowak], ['Nowak', nowak]]);
    expect(statements.map((s) => [s.quote, s.text])).toEqual([
      ['The border stays open.', 'Ewa Nowak said: "The border stays open."'],
      [null, 'The ministry has no plans to close it, Nowak said.'],
    ]);
  });

  it('keeps "He stressed that ..." after a split quotation as its own statement by the quoted speaker', () => {
    const body = 'Ewa Nowak met Jan Kral. "We want calm," Kral said, "but we are ready." He stressed that talks would go on.';
    const { statements } = statementsOf(body, [['Ewa Nowak', nowak], ['Jan Kral', kral], ['Kral', kral]]);
    expect(statements.map((s) => [s.speaker, s.verb, s.text])).toEqual([
      [kral, 'said', '"We want calm," Kral said, "but we are ready."'],
      [kral, 'stressed', 'He stressed that talks would go on.'],
    ]);
  });
});
