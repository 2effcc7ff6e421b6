import { describe, expect, it } from 'vitest';
import { country, org, person, statementsOf } from '../../../_utils/statements';

const tanaka = person('Yuki Tanaka');
const mori = person('Kenji Mori');
const japan = country('Japan', 'JPN');
const mofa = org('Japanese Foreign Ministry');

describe('speaker resolution', () => {
  it('resolves "he" to the latest person who was a subject', () => {
    const body = 'Yuki Tanaka met Kenji Mori on Monday. "We agreed on a timetable," he said.';
    const { statements } = statementsOf(body, [['Yuki Tanaka', tanaka], ['Kenji Mori', mori]]);
    expect(statements.map((s) => s.speaker)).toEqual([tanaka]);
  });

  it('skips a person named after a participle opener', () => {
    const body = 'Yuki Tanaka spoke first.\nAddressing Kenji Mori, he said: "Welcome to Osaka."';
    const { statements } = statementsOf(body, [['Yuki Tanaka', tanaka], ['Kenji Mori', mori]]);
    expect(statements.map((s) => s.speaker)).toEqual([tanaka]);
  });

  it('takes the subject before an appositive, not the body inside it', () => {
    const body = 'Kenji Mori, the spokesman for the Japanese Foreign Ministry, said the visit was postponed.';
    const { statements } = statementsOf(body, [['Kenji Mori', mori], ['Japanese Foreign Ministry', mofa], ['Japanese', japan]]);
    expect(statements.map((s) => [s.speaker, s.about])).toEqual([[mori, []]]);
  });

  it('maps unnamed officials to the body or country they speak for', () => {
    const body = 'Japanese diplomatic sources said the visit was postponed. A Japanese Foreign Ministry spokesperson denied any rift.';
    const { statements } = statementsOf(body, [['Japanese Foreign Ministry', mofa], ['Japanese', japan]]);
    expect(statements.map((s) => [s.speaker.name, s.verb])).toEqual([['Japan', 'said'], ['Japanese Foreign Ministry', 'denied']]);
  });

  it('drops a statement whose speaker is not an entity and reports the quotation', () => {
    const body = '"It was a good day," one resident said.';
    const { statements, issues } = statementsOf(body, []);
    expect([statements, issues.map((i) => i.kind)]).toEqual([[], ['unattributed-quote']]);
  });

  it('gives a joint statement to the first-named party', () => {
    const body = 'Yuki Tanaka and Foreign Minister Kenji Mori said on Friday that the talks had ended.';
    const { statements } = statementsOf(body, [['Yuki Tanaka', tanaka], ['Kenji Mori', mori]]);
    expect(statements.map((s) => [s.speaker, s.coSpeakers, s.about])).toEqual([[tanaka, [mori], []]]);
  });

  it('ignores a subject inside a condition', () => {
    const body = 'Yuki Tanaka said repairs could start at once if Japan guaranteed the crews safe passage.';
    const { statements } = statementsOf(body, [['Yuki Tanaka', tanaka], ['Japan', japan]]);
    expect(statements.map((s) => [s.speaker.name, s.verb])).toEqual([['Yuki Tanaka', 'said']]);
  });

  it('resolves "it" to the body that spoke just before', () => {
    const body = 'The Japanese Foreign Ministry said the envoy had left. It demanded an apology from the embassy.';
    const { statements } = statementsOf(body, [['Japanese Foreign Ministry', mofa]]);
    expect(statements.map((s) => [s.speaker.name, s.verb, s.category.code])).toEqual([['Japanese Foreign Ministry', 'said', '01'], ['Japanese Foreign Ministry', 'demanded', '10']]);
  });

  it('reads a subject followed by its acronym in parentheses', () => {
    const body = 'Ministers of the African Union (AU) have expressed concern over the coup.';
    const au = org('African Union');
    const { statements } = statementsOf(body, [['African Union', au], ['AU', au]]);
    expect(statements.map((s) => [s.speaker.name, s.verb, s.category.code])).toEqual([['African Union', 'expressed concern', '11']]);
  });

  it('resolves "the official" to the speaker just before', () => {
    const body = 'A Japanese Foreign Ministry official said the visit was postponed. The talks may resume in May, said the official, who asked not to be named.';
    const { statements } = statementsOf(body, [['Japanese Foreign Ministry', mofa], ['Japanese', japan]]);
    expect(statements.map((s) => s.speaker.name)).toEqual(['Japanese Foreign Ministry', 'Japanese Foreign Ministry']);
  });

  it('resolves "he" in a subordinate clause to the person of its own sentence', () => {
    const body = 'Yuki Tanaka spoke first.\nThe plan follows remarks by Kenji Mori at a dinner on Sunday, where he said the border would reopen.';
    const { statements } = statementsOf(body, [['Yuki Tanaka', tanaka], ['Kenji Mori', mori]]);
    expect(statements.map((s) => s.speaker)).toEqual([mori]);
  });

  it('maps an unnamed official with a parenthetical to the body named', () => {
    const body = 'A senior Japanese Foreign Ministry official, speaking on condition of anonymity, said the visit was off.';
    const { statements } = statementsOf(body, [['Japanese Foreign Ministry', mofa], ['Japanese', japan]]);
    expect(statements.map((s) => s.speaker)).toEqual([mofa]);
  });

  it('falls back to the last person named when none was a subject, and reads "according to her"', () => {
    const body = 'The delegation is led by Kenji Mori. Speaking in Osaka, he said the talks went well. According to him, a deal is near.';
    const { statements } = statementsOf(body, [['Kenji Mori', mori]]);
    expect(statements.map((s) => [s.speaker.name, s.verb])).toEqual([['Kenji Mori', 'said'], ['Kenji Mori', 'According to']]);
  });

  it('resolves "they" to a joint subject, in its sentence or just before', () => {
    const korea = country('South Korea', 'KOR');
    const body = 'Japan and South Korea issued a statement in which they said the dispute was settled. "We turn the page," they said.';
    const { statements } = statementsOf(body, [['Japan', japan], ['South Korea', korea]]);
    expect(statements.map((s) => [s.speaker.name, s.coSpeakers?.map((c) => c.name), s.quote])).toEqual([
      ['Japan', ['South Korea'], null],
      ['Japan', ['South Korea'], 'We turn the page,'],
    ]);
  });

  it('reads one mention shared by two bodies as a joint subject', () => {
    const korea = org('Korean Foreign Ministry');
    const body = 'The Japanese and Korean foreign ministries said talks would resume.';
    const shared = 'The Japanese and Korean foreign ministries';
    const { statements } = statementsOf(body, [[shared, mofa], [shared, korea]]);
    expect(statements.map((s) => [s.speaker.name, s.coSpeakers?.map((c) => c.name)])).toEqual([['Japanese Foreign Ministry', ['Korean Foreign Ministry']]]);
  });
});

describe('pronoun subjects', () => {
  const voss = person('Clara Weiss');
  const lund = person('Mara Lund');

  it('takes a person in apposition to a sentence-opening title as the subject', () => {
    const body = 'Mara Lund said she welcomed the plan. The opposition trade spokeswoman, Clara Weiss, was less kind. In a post on X, she wrote that the plan was "thin".';
    const { statements } = statementsOf(body, [['Mara Lund', lund], ['Clara Weiss', voss]]);
    expect(statements.map((s) => s.speaker)).toEqual([lund, voss]);
  });

  it('resolves "he" in a relative clause to the person of the same sentence (one act with the main verb)', () => {
    const body = 'Kenji Mori said the talks went well. Yuki Tanaka stated that the deal was "close", a deal that he described as "fair".';
    const { statements } = statementsOf(body, [['Yuki Tanaka', tanaka], ['Kenji Mori', mori]]);
    expect(statements.map((s) => [s.speaker, s.quote])).toEqual([[mori, null], [tanaka, 'close [...] fair']]);
  });
});
