import { describe, expect, it } from 'vitest';
import { country, org, person, statementsOf } from '../../../_utils/statements';

const diallo = person('Awa Diallo');
const senegal = country('Senegal', 'SEN');
const mali = country('Mali', 'MLI');
const au = org('African Union');

describe('drafting statements in a sentence', () => {
  it('folds a participle after a comma into the act just attributed', () => {
    const body = 'Senegal will not reopen the border, Awa Diallo said on Monday, accusing Mali of stalling.';
    const { statements } = statementsOf(body, [['Awa Diallo', diallo], ['Senegal', senegal], ['Mali', mali]]);
    expect(statements.map((s) => [s.speaker.name, s.verb])).toEqual([['Awa Diallo', 'said']]);
  });

  it('reads a second act in a relative clause on the speaker', () => {
    const body = '"Dialogue is the only road," said Awa Diallo, who urged Mali to return to the table.';
    const { statements } = statementsOf(body, [['Awa Diallo', diallo], ['Mali', mali]]);
    expect(statements.map((s) => [s.speaker.name, s.verb, s.quote])).toEqual([
      ['Awa Diallo', 'said', 'Dialogue is the only road,'],
      ['Awa Diallo', 'urged', null],
    ]);
  });

  it('treats "according to" as the channel of another speech verb in the sentence', () => {
    const body = 'Mali rejected the "unfounded" claims, according to the African Union.';
    const { statements } = statementsOf(body, [['Mali', mali], ['African Union', au]]);
    expect(statements.map((s) => [s.speaker.name, s.verb, s.quote])).toEqual([['Mali', 'rejected', 'unfounded']]);
  });

  it('needs a "that" clause or a quotation for verbs with other senses', () => {
    const body = 'Senegal recalled its ambassador. Mali requested more aid. Awa Diallo recalled that the border had been open for years.';
    const { statements } = statementsOf(body, [['Awa Diallo', diallo], ['Senegal', senegal], ['Mali', mali]]);
    expect(statements.map((s) => [s.speaker.name, s.verb])).toEqual([['Awa Diallo', 'recalled']]);
  });

  it('does not treat nouns that look like verbs as speech', () => {
    const body = 'The United States backed the plan. Mali\'s demands were not met, and the comments drew little notice.';
    const { statements } = statementsOf(body, [['Mali', mali]]);
    expect(statements).toEqual([]);
  });

  it('does not make the subject of a passive a speaker', () => {
    const body = 'Awa Diallo was told that the border stays shut. Mali has been accused of stalling.';
    const { statements } = statementsOf(body, [['Awa Diallo', diallo], ['Mali', mali]]);
    expect(statements).toEqual([]);
  });
});

describe('acts that are not statements', () => {
  it('reads "called on" a person for talks, or with no appeal after it, as a visit', () => {
    const body = 'Awa Diallo also called on the Malian president for talks. On Tuesday she called on Senegal to reopen the border.';
    const { statements } = statementsOf(body, [['Awa Diallo', diallo], ['Senegal', senegal]]);
    expect(statements.map((s) => [s.speaker, s.verb])).toEqual([[diallo, 'called on']]);
    expect(statements[0]?.text).toBe('On Tuesday she called on Senegal to reopen the border.');
  });

  it('leaves a participle with the act its sentence could not attribute', () => {
    const body = 'In Dakar, local fishing unions urged the government to act, arguing that Mali had broken the deal.';
    const { statements } = statementsOf(body, [['Mali', mali], ['Dakar', senegal]]);
    expect(statements).toEqual([]);
  });

  it('keeps an attitude verb inside another\'s report as its content ("said Senegal hoped")', () => {
    const body = 'The African Union said Senegal hoped to sign the deal next year.';
    const { statements } = statementsOf(body, [['African Union', au], ['Senegal', senegal]]);
    expect(statements.map((s) => [s.speaker, s.verb])).toEqual([[au, 'said']]);
  });
});
