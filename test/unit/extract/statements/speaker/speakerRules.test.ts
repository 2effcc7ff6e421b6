import { describe, expect, it } from 'vitest';
import { SPEAKER_CHECKS, SPEAKER_RULES } from '../../../../../api/src/extract/statements/speaker/index';
import { country, org, person, statementsOf } from '../../../../_utils/statements';

const norway = country('Norway', 'NOR');
const berg = person('Ola Berg');
const lind = person('Kari Lind');
const council = org('Security Council');

describe('speaker model', () => {
  it('tries its candidate rules and checks in one visible order', () => {
    expect(SPEAKER_RULES.map((r) => `${r.direction}:${r.name}`)).toEqual([
      'after:objectMention', 'after:objectPronoun', 'after:definiteObject',
      'before:subjectMention', 'before:subjectPronoun', 'before:participleSubject', 'before:definiteSubject',
    ]);
    expect(SPEAKER_CHECKS.map((c) => c.name)).toEqual(['officialOfBody', 'bodyOfficer', 'unknownNamedSubject', 'conditionalSubject']);
  });

  it("gives a quote to the official in apposition, not the country of the possessive", () => {
    const body = "Norway's prime minister, Ola Berg, said the talks had failed.";
    const { statements } = statementsOf(body, [['Norway', norway], ['Ola Berg', berg]]);
    expect(statements.map((s) => [s.speaker, s.verb])).toEqual([[berg, 'said']]);
  });

  it('gives a report to the caller, not the listener of a phone call named before the subject', () => {
    const body = 'In a phone call with Ola Berg, Kari Lind vowed to keep the border open.';
    const { statements } = statementsOf(body, [['Ola Berg', berg], ['Kari Lind', lind]]);
    expect(statements.map((s) => [s.speaker, s.verb])).toEqual([[lind, 'vowed']]);
  });

  it('reads an institution as the subject of two joined verbs as one act', () => {
    const body = 'The Security Council condemned the shelling and called on all sides to let aid through.';
    const { statements } = statementsOf(body, [['Security Council', council]]);
    expect(statements.map((s) => [s.speaker, s.verb])).toEqual([[council, 'condemned']]);
  });
});
