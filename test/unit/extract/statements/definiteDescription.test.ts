import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../api/src/extract/sentences/index';
import { extractStatements } from '../../../../api/src/extract/statements/index';
import type { PersonFact } from '../../../../api/src/extract/types';
import { makeArticle } from '../../../_utils/article';
import { country, entitiesWith, mentionsFor, org, person, statementsOf } from '../../../_utils/statements';

const chile = country('Chile', 'CHL');
const peru = country('Peru', 'PER');
const rojas = person('Elena Rojas');
const mfa = org('Chilean Foreign Ministry');

describe('definite descriptions as speakers', () => {
  it('gives "the statement read" to whoever issued the statement', () => {
    const body = 'Elena Rojas issued a statement on Friday after the vote.\n\n"We respect the result," the statement read.';
    const { statements } = statementsOf(body, [['Elena Rojas', rojas]]);
    expect(statements.map((s) => [s.speaker, s.verb, s.quote])).toEqual([[rojas, 'read', 'We respect the result,']]);
  });

  it('gives a document to the last joint speaker, co-speakers included', () => {
    const body = 'Chile and Peru on Monday pledged to reopen the border crossing.\n\n"The two sides will meet again in June," the joint statement read.';
    const { statements } = statementsOf(body, [['Chile', chile], ['Peru', peru]]);
    expect(statements.map((s) => [s.speaker, s.coSpeakers, s.verb])).toEqual([[chile, [peru], 'pledged'], [chile, [peru], 'read']]);
  });

  it('gives a government statement speaking as "we" to the government that spoke just before', () => {
    const gov = org('Government of Chile');
    const body = 'The Government of Chile strongly condemns the attack on a border post.\n\n"We stand with the families of the fallen," the statement said.';
    const { statements } = statementsOf(body, [['Government of Chile', gov]]);
    expect(statements.map((s) => [s.speaker, s.verb, s.quote])).toEqual([
      [gov, 'condemns', null],
      [gov, 'said', 'We stand with the families of the fallen,'],
    ]);
  });

  it('does not give a document to a person who merely spoke before it', () => {
    const body = 'Elena Rojas condemned the attack on a border post.\n\n"We stand with the families," the statement said.';
    const { statements } = statementsOf(body, [['Elena Rojas', rojas]]);
    expect(statements.map((s) => s.speaker)).toEqual([rojas]);
  });

  it('gives "the ministry" to the state body that spoke last, not to an association that spoke after it', () => {
    const gov = org('Government of Chile');
    const union = org('Fishers Union');
    const body = 'The Government of Chile strongly condemns the attack.\n\nThe Fishers Union asked the government to pay compensation.\n\nThe ministry recalled that both countries signed a memorandum.';
    const { statements } = statementsOf(body, [['Government of Chile', gov], ['Fishers Union', union]]);
    expect(statements.map((s) => [s.speaker, s.verb])).toEqual([
      [gov, 'condemns'],
      [union, 'asked'],
      [gov, 'recalled'],
    ]);
  });

  it('gives "the ministry" after a country\'s government spoke to the country, since a ministry is not the government itself', () => {
    const gov: typeof chile = { kind: 'Organization', id: 'org:chl-government', name: 'Government of Chile' };
    const body = 'The Government of Chile rejects the new tariffs.\n\nThe ministry added that talks with Peru would go on.';
    const { statements } = statementsOf(body, [['Government of Chile', gov], ['Chile', chile], ['Peru', peru]]);
    expect(statements.map((s) => [s.speaker, s.verb])).toEqual([
      [gov, 'rejects'],
      [chile, 'added'],
    ]);
  });

  it('leaves a document with no known issuer unattributed', () => {
    const body = 'Elena Rojas spoke to reporters on Friday.\n\n"We respect the result," the statement read.';
    const { statements } = statementsOf(body, [['Elena Rojas', rojas]]);
    expect(statements).toEqual([]);
  });

  it('gives "his spokesman" to the body the person just named holds a role of, and "the spokesman" after it too', () => {
    const body = 'Chilean President Elena Rojas welcomed the offer, her spokesman told reporters on Tuesday. The spokesman said talks would start soon.';
    const roles: PersonFact = { id: rojas.id, name: rojas.name, aliases: [], roles: [{ title: 'President', of: chile, span: null }], mentions: [] };
    const entities = { ...entitiesWith(mentionsFor(body, [['Elena Rojas', rojas], ['Chilean', chile], ['Chilean Foreign Ministry', mfa]])), persons: [roles] };
    const { statements } = extractStatements(makeArticle(body, { publishedAt: null }), splitSentences(body), entities);
    expect(statements.map((s) => [s.speaker, s.verb])).toEqual([[rojas, 'welcomed'], [chile, 'told'], [chile, 'said']]);
  });

  it('gives a statement cited as a channel to that sentence\'s speaker, not to a later joint one', () => {
    const body = 'Chile and Peru on Monday pledged to reopen the border, according to a joint statement.\n\nElena Rojas and Tomas Ruiz also praised the deal.\n\nThe statement also noted support for a fishing accord.';
    const ruiz = person('Tomas Ruiz');
    const { statements } = statementsOf(body, [['Chile', chile], ['Peru', peru], ['Elena Rojas', rojas], ['Tomas Ruiz', ruiz]]);
    expect(statements.map((s) => [s.speaker, s.coSpeakers, s.verb])).toEqual([[chile, [peru], 'pledged'], [rojas, [ruiz], 'praised'], [chile, [peru], 'noted']]);
  });

  it('reads "the sides" and "both ministers" as the two persons of the meeting just reported', () => {
    const body = 'Elena Rojas held a phone call with Tomas Ruiz on Monday. Ruiz said trade was growing.\n\nBoth ministers also expressed support for the fishing accord.';
    const ruiz = person('Tomas Ruiz');
    const { statements } = statementsOf(body, [['Elena Rojas', rojas], ['Tomas Ruiz', ruiz], ['Ruiz', ruiz]]);
    expect(statements.map((s) => [s.speaker, s.coSpeakers, s.verb])).toEqual([[ruiz, undefined, 'said'], [rojas, [ruiz], 'expressed support']]);
  });

  it('reads "…, the two nations said" after the clause naming them as a joint statement of that pair', () => {
    const body = 'Chile and Peru will reopen their border, the neighbouring countries said in a joint statement after their talks.';
    const { statements } = statementsOf(body, [['Chile', chile], ['Peru', peru]]);
    expect(statements.map((s) => [s.speaker, s.coSpeakers, s.verb])).toEqual([[chile, [peru], 'said in a joint statement']]);
  });
});
