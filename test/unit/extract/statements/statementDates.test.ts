import { describe, expect, it } from 'vitest';
import { person, statementsOf } from '../../../_utils/statements';

const lind = person('Nora Lind');
const PAIRS = [['Nora Lind', lind], ['Lind', lind]] as const;

// Published on Friday 14 March 2025.
const PUB = '2025-03-14';

describe('statement dates', () => {
  it('uses a date in the statement\'s own narration', () => {
    const { statements } = statementsOf('Nora Lind said on Tuesday that talks would go on.', PAIRS, PUB);
    expect(statements.map((s) => [s.saidAt, s.datePrecision])).toEqual([['2025-03-11', 'day']]);
  });

  it('carries the occasion date to later remarks and the speaker\'s next sentence', () => {
    const body = 'The envoys met in Oslo on Wednesday.\n\n"We made progress," Lind said.\n\n"More work remains."';
    const { statements } = statementsOf(body, PAIRS, PUB);
    expect(statements.map((s) => s.saidAt)).toEqual(['2025-03-12', '2025-03-12']);
  });

  it('ignores deadlines and dates inside quotations', () => {
    const body = 'Talks stalled.\n\nNora Lind said a deal could be signed by the end of April. "We met on Monday," Lind said.';
    const { statements } = statementsOf(body, PAIRS, PUB);
    expect(statements.map((s) => s.saidAt)).toEqual([null, null]);
  });

  it('leaves relative dates null without a publication date', () => {
    const { statements } = statementsOf('Nora Lind said on Tuesday that talks would go on.', PAIRS, null);
    expect(statements.map((s) => [s.saidAt, s.datePrecision])).toEqual([[null, null]]);
  });

  it('never dates a statement after its article', () => {
    const { statements } = statementsOf('Nora Lind said on 20 March 2025 that talks would go on.', PAIRS, PUB);
    expect(statements.map((s) => s.saidAt)).toEqual([null]);
  });

  it('does not take an event date deep in the reported clause', () => {
    const body = 'Talks stalled.\n\nNora Lind said the dispute that led to the clashes on 3 March 2025 was still open.';
    const { statements } = statementsOf(body, PAIRS, PUB);
    expect(statements.map((s) => s.saidAt)).toEqual([null]);
  });

  it('takes a date among the verb\'s adjuncts before "that"', () => {
    const body = 'Talks stalled.\n\nNora Lind told reporters in Oslo late on Wednesday that the clashes of 3 March 2025 were over.';
    const { statements } = statementsOf(body, PAIRS, PUB);
    expect(statements.map((s) => s.saidAt)).toEqual(['2025-03-12']);
  });

  it('prefers the opening paragraph\'s occasion over a later background date', () => {
    const body = 'Envoys met in Oslo on Thursday.\n\nThe plan was approved last Monday.\n\n"It is a start," Lind said.';
    const { statements } = statementsOf(body, PAIRS, PUB);
    expect(statements.map((s) => s.saidAt)).toEqual(['2025-03-13']);
  });
});

describe('statement date sources', () => {
  it('marks an explicit date as stated, a weekday as relative and a borrowed occasion date as publication', () => {
    const body = 'Nora Lind said on 10 March 2025 that the border would reopen.\n\nThe envoys met in Oslo on Wednesday.\n\nLind said on Thursday that progress was slow.\n\n"More work remains," Lind said.';
    const { statements } = statementsOf(body, PAIRS, PUB);
    expect(statements.map((s) => [s.saidAt, s.datePrecision, s.dateSource])).toEqual([
      ['2025-03-10', 'day', 'stated'],
      ['2025-03-13', 'day', 'relative'],
      // No date of its own: the opening paragraph's recent date, borrowed.
      ['2025-03-10', 'day', 'publication'],
    ]);
  });

  it('gives a statement with no date of its own the source publication, and no source without a date', () => {
    const dated = statementsOf('The envoys met in Oslo on Wednesday.\n\n"We made progress," Lind said.', PAIRS, PUB).statements;
    const undated = statementsOf('"We made progress," Lind said.', PAIRS, PUB).statements;
    expect(dated.map((s) => [s.saidAt, s.dateSource])).toEqual([['2025-03-12', 'publication']]);
    expect(undated.map((s) => [s.saidAt, s.dateSource])).toEqual([[null, null]]);
  });
});
