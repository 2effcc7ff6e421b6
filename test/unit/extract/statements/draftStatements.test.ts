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
