import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../../../../api/src/extract/statements/mentionIndex';
import { hasUnknownNamedSubject } from '../../../../../api/src/extract/statements/speaker/unknownSubject';
import { country, mentionsFor, org, person, statementsOf } from '../../../../_utils/statements';

const imf = org('International Monetary Fund');
const ortiz = person('Lena Ortiz');
const chile = country('Chile', 'CHL');

describe('hasUnknownNamedSubject', () => {
  const check = (body: string, surface: string, pairs: Parameters<typeof mentionsFor>[1]) =>
    hasUnknownNamedSubject(body, 0, body.indexOf(surface), new MentionIndex(mentionsFor(body, pairs), body));

  it.each([
    ['Meanwhile Rosa Vidal, an economist at the International Monetary Fund, said', true],
    ['Chilean football star Tomas Ruiz, who plays for the International Monetary Fund, said', true],
    ['Lena Ortiz, an economist at the International Monetary Fund, said', false],
    ['In Santiago, the International Monetary Fund said', false],
    ['The Finance Minister, International Monetary Fund, said', false],
    ['On Monday, the International Monetary Fund said', false],
  ])('%j -> %s', (body, expected) => {
    expect(check(body, 'International Monetary Fund', [['International Monetary Fund', imf], ['Lena Ortiz', ortiz], ['Chilean', chile]])).toBe(expected);
  });
});

describe('speakers behind an unknown name', () => {
  it('drops a statement whose subject is a name the entity stage missed instead of giving it to the body in its appositive', () => {
    const body = 'Rosa Vidal, an economist at the International Monetary Fund, said growth was "fragile". Lena Ortiz, a director at the International Monetary Fund, said it would improve.';
    const { statements } = statementsOf(body, [['International Monetary Fund', imf], ['Lena Ortiz', ortiz]]);
    expect(statements.map((s) => s.speaker)).toEqual([ortiz]);
  });
});
