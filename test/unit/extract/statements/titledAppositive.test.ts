import { describe, expect, it } from 'vitest';
import { country, org, person, statementsOf } from '../../../_utils/statements';

describe('titled appositive subject ("Owner\'s title, Name, said")', () => {
  it('gives the act to the person between the commas, not a body inside the title', () => {
    const body = "The Sahel Alliance's envoy to the African Union, Amina Diallo, wrote that the sanctions were unlawful.";
    const pairs = [['Sahel Alliance', org('Sahel Alliance')], ['African Union', org('African Union')], ['Amina Diallo', person('Amina Diallo')]] as const;
    expect(statementsOf(body, pairs).statements.map((s) => [s.speaker.name, s.verb])).toEqual([['Amina Diallo', 'wrote']]);
  });

  it('gives the act to the person after a possessive-pronoun title naming a place', () => {
    const body = 'The Green Union lost two seats. Its leader in the Senate, Jonas Berg, accused the cabinet of stalling.';
    const pairs = [['Green Union', org('Green Union')], ['Jonas Berg', person('Jonas Berg')]] as const;
    expect(statementsOf(body, pairs).statements.map((s) => [s.speaker.name, s.verb])).toEqual([['Jonas Berg', 'accused']]);
  });

  it('keeps the subject before an appositive that names a person', () => {
    const body = 'Chile, whose delegation was led by Ana Soto, said the text was balanced.';
    const pairs = [['Chile', country('Chile', 'CHL')], ['Ana Soto', person('Ana Soto')]] as const;
    expect(statementsOf(body, pairs).statements.map((s) => [s.speaker.name, s.verb])).toEqual([['Chile', 'said']]);
  });
});
