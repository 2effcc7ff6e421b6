import { describe, expect, it } from 'vitest';
import { person, statementsOf } from '../../../_utils/statements';

const lind = person('Nora Lind');
const PAIRS = [['Nora Lind', lind], ['Lind', lind]] as const;

// Published on Friday 14 March 2025.
const PUB = '2025-03-14';

describe('vague past dates', () => {
  it('gives no date to a statement made "last month", though the opening paragraph dates the occasion', () => {
    const body = 'The envoys met in Oslo on Wednesday.\n\nLind said last month that the talks were stuck.';
    expect(statementsOf(body, PAIRS, PUB).statements.map((s) => [s.saidAt, s.datePrecision])).toEqual([[null, null]]);
  });

  it('gives no date to a statement made "earlier this year" after a dated sentence', () => {
    const body = 'Nora Lind said on Tuesday that talks would go on. Earlier this year, Lind warned that funds were short.';
    expect(statementsOf(body, PAIRS, PUB).statements.map((s) => s.saidAt)).toEqual(['2025-03-11', null]);
  });

  it('keeps a day the narration gives next to a vague phrase', () => {
    const body = 'Nora Lind said on Tuesday that the deal struck last month was holding.';
    expect(statementsOf(body, PAIRS, PUB).statements.map((s) => s.saidAt)).toEqual(['2025-03-11']);
  });

  it('keeps the occasion date when the vague phrase is inside the reported clause', () => {
    const body = 'The envoys met in Oslo on Wednesday.\n\nLind said that exports had fallen last month.';
    expect(statementsOf(body, PAIRS, PUB).statements.map((s) => s.saidAt)).toEqual(['2025-03-12']);
  });
});
