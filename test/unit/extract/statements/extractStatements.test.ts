import { describe, expect, it } from 'vitest';
import { country, org, person, statementsOf } from '../../../_utils/statements';

// A short article of our own in the style of a wire story; published on Wednesday 12 June 2024.
const BODY = [
  'Brazilian Foreign Minister Ana Prado on Monday denied reports that Brasilia had asked Lisbon for a loan. "Nobody asked anyone for money," the head of Brazilian diplomacy said at a press briefing.',
  'Prado recalled that last March, Brazil signed a trade pact with Portugal that is "almost ready for ratification". "Brazil will honour every clause of the pact," she assured.',
  'Lisbon warned against "hasty conclusions", according to the Portuguese Foreign Ministry.',
  '"We expect a calm summer," said the spokesman for the Portuguese Foreign Ministry, Rui Costa.',
  '"Both sides gain from it."',
].join('\n\n');

const prado = person('Ana Prado');
const costa = person('Rui Costa');
const brazil = country('Brazil', 'BRA');
const portugal = country('Portugal', 'PRT');
const mfa = org('Portuguese Foreign Ministry');

const PAIRS = [
  ['Ana Prado', prado], ['Prado', prado], ['the head of Brazilian diplomacy', prado], ['Rui Costa', costa],
  ['Brazilian', brazil], ['Brasilia', brazil], ['Brazil', brazil], ['Lisbon', portugal], ['Portugal', portugal], ['Portuguese', portugal],
  ['Portuguese Foreign Ministry', mfa],
] as const;

describe('extractStatements', () => {
  it('extracts every statement of a small article as whole objects', () => {
    const { statements, issues } = statementsOf(BODY, PAIRS, '2024-06-12');
    expect(issues).toEqual([]);
    expect(statements).toEqual([
      { id: 'stmt:art:test:0', speaker: prado, quote: "Nobody asked anyone for money,", text: "Brazilian Foreign Minister Ana Prado on Monday denied reports that Brasilia had asked Lisbon for a loan. [...] \"Nobody asked anyone for money,\" the head of Brazilian diplomacy said at a press briefing.", verb: 'denied', category: { code: '12', label: 'Reject' }, tone: -4, about: [brazil, portugal], saidAt: "2024-06-10", datePrecision: "day", dateSource: "relative", span: { start: 0, end: 169 } },
      { id: 'stmt:art:test:197', speaker: prado, quote: "almost ready for ratification", text: "Prado recalled that last March, Brazil signed a trade pact with Portugal that is \"almost ready for ratification\".", verb: 'recalled', category: { code: '01', label: 'Make public statement' }, tone: 0, about: [brazil, portugal], saidAt: "2024-06-10", datePrecision: "day", dateSource: "publication", span: { start: 197, end: 309 } },
      { id: 'stmt:art:test:311', speaker: prado, quote: "Brazil will honour every clause of the pact,", text: "\"Brazil will honour every clause of the pact,\" she assured.", verb: 'assured', category: { code: '03', label: 'Express intent to cooperate' }, tone: 4, about: [brazil], saidAt: "2024-06-10", datePrecision: "day", dateSource: "publication", span: { start: 311, end: 369 } },
      { id: 'stmt:art:test:372', speaker: portugal, quote: "hasty conclusions", text: "Lisbon warned against \"hasty conclusions\", according to the Portuguese Foreign Ministry.", verb: 'warned', category: { code: '13', label: 'Threaten' }, tone: -4.4, about: [mfa], saidAt: "2024-06-10", datePrecision: "day", dateSource: "publication", span: { start: 372, end: 413 } },
      { id: 'stmt:art:test:462', speaker: costa, quote: "We expect a calm summer,", text: "\"We expect a calm summer,\" said the spokesman for the Portuguese Foreign Ministry, Rui Costa.", verb: 'said', category: { code: '01', label: 'Make public statement' }, tone: 0, about: [], saidAt: "2024-06-10", datePrecision: "day", dateSource: "publication", span: { start: 462, end: 554 } },
      { id: 'stmt:art:test:557', speaker: costa, quote: "Both sides gain from it.", text: "\"Both sides gain from it.\"", verb: 'said', category: { code: '01', label: 'Make public statement' }, tone: 0, about: [brazil, portugal], saidAt: "2024-06-10", datePrecision: "day", dateSource: "publication", span: { start: 557, end: 583 } },
    ]);
  });

  it('returns nothing for an empty body', () => {
    expect(statementsOf('   ', [])).toEqual({ statements: [], issues: [] });
  });
});

describe('extractStatements on bad input', () => {
  it('caps repeated issues and stays linear on a long text of unclosed quotations', () => {
    const body = 'The envoy said "talks go on.\n'.repeat(5000);
    const started = performance.now();
    const { statements, issues } = statementsOf(body, []);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(statements).toEqual([]);
    expect(issues.filter((i) => i.kind === 'unclosed-quote')).toHaveLength(21);
    expect(issues.at(-1)?.message).toMatch(/more "unattributed-quote" issues were left out/);
  });
});
