import { describe, expect, it } from 'vitest';
import { BodyOfficers } from '../../../../../api/src/extract/statements/speaker/bodyOfficer';
import { splitSentences } from '../../../../../api/src/extract/sentences/index';
import { extractStatements } from '../../../../../api/src/extract/statements/index';
import type { EntityRef, PersonFact } from '../../../../../api/src/extract/types';
import { makeArticle } from '../../../../_utils/article';
import { country, entitiesWith, mentionsFor, org, person } from '../../../../_utils/statements';

const unctad = org('UNCTAD');
const chile = country('Chile', 'CHL');
const vidal = person('Rosa Vidal');
const ortiz = person('Lena Ortiz');
const ruiz = person('Tomas Ruiz');

const withRoles = (ref: EntityRef, roles: Array<[string, EntityRef]>): PersonFact => ({
  id: ref.id, name: ref.name, aliases: [], mentions: [], roles: roles.map(([title, of]) => ({ title, of, span: null })),
});

describe('BodyOfficers', () => {
  const officers = new BodyOfficers([
    withRoles(vidal, [['Secretary-General', unctad]]),
    withRoles(ortiz, [['President', chile]]),
    withRoles(ruiz, [['foreign minister', chile]]),
  ]);

  it('finds the one officer a title after a body names', () => {
    expect([
      officers.officerNamedAfter(unctad, ' chief, who took office in May, '),
      officers.officerNamedAfter(chile, "'s president "),
      officers.officerNamedAfter(chile, ' foreign minister '),
      officers.officerNamedAfter(chile, ' chief '),
      officers.officerNamedAfter(chile, ' officials '),
    ]).toEqual([vidal, ortiz, ruiz, null, null]);
  });
});

describe('"the <body> chief said" as a speaker', () => {
  it('gives the statement to the body\'s officer', () => {
    const body = 'Rosa Vidal opened the forum on Monday. The Chilean-born UNCTAD chief, who was reappointed last year, said she would press for a deal.';
    const entities = { ...entitiesWith(mentionsFor(body, [['Rosa Vidal', vidal], ['UNCTAD', unctad]])), persons: [withRoles(vidal, [['Secretary-General', unctad]])] };
    const { statements } = extractStatements(makeArticle(body, { publishedAt: null }), splitSentences(body), entities);
    expect(statements.map((s) => [s.speaker, s.verb])).toEqual([[vidal, 'said']]);
  });
});
