import type { DatePrecision, DateSource, EntityRef, Mention, TreatyStatus } from '../../api/src/extract/types';
import { beforeAll } from 'vitest';
import { useGraphQLServer } from './graphqlClient';
import { ingestFixtures } from './storeHelpers';
import { fixture, sentenceSpan, type StoreFixture } from './storeFixtures';
import { clearGraph, getTestExecutor } from './testDb';

// The API tests' own small corpus: five invented articles about Russia, Venezuela, the United States and NATO with known
// people, roles, a treaty and statements whose dates, tones and categories are chosen so every answer can be worked out by
// hand (see test/int/api/*.int.test.ts). Mentions never overlap: each form is found at word boundaries, longest form first.

/** Spans of each form in `body` at word boundaries, longer forms first, never overlapping. */
export function spansOf(body: string, forms: string[]): Mention[] {
  const taken: Mention[] = [];
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of body.matchAll(re)) {
      const start = m.index;
      const end = start + form.length;
      if (!taken.some((t) => start < t.end && t.start < end)) taken.push({ start, end, text: form });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function country(f: StoreFixture, iso3: string, name: string, forms: string[]): EntityRef {
  f.extraction.countries.push({ id: `country:${iso3}`, name, iso3, mentions: spansOf(f.article.body, forms) });
  return { kind: 'Country', id: `country:${iso3}`, name };
}

function person(f: StoreFixture, id: string, name: string, forms: string[], roles: Array<[string, EntityRef, string]> = []): EntityRef {
  f.extraction.persons.push({
    id, name, aliases: forms.filter((x) => x !== name),
    roles: roles.map(([title, of, where]) => ({ title, of, span: sentenceSpan(f.article.body, where) })),
    mentions: spansOf(f.article.body, forms),
  });
  return { kind: 'Person', id, name };
}

function organization(f: StoreFixture, id: string, name: string, forms: string[], countryId: string | null): EntityRef {
  f.extraction.organizations.push({ id, name, aliases: forms.filter((x) => x !== name), country: countryId, mentions: spansOf(f.article.body, forms) });
  return { kind: 'Organization', id, name };
}

function treaty(f: StoreFixture, id: string, name: string, forms: string[], parties: string[], status: TreatyStatus, signedAt: string | null): EntityRef {
  f.extraction.treaties.push({ id, name, aliases: [], parties, signedAt, status, mentions: spansOf(f.article.body, forms) });
  return { kind: 'Treaty', id, name };
}

/** What one statement of the corpus says, when and in what tone. */
interface Said {
  verb: string;
  category: [string, string];
  tone: number;
  about: EntityRef[];
  saidAt: string;
  precision: DatePrecision;
  source: DateSource;
  quote?: string;
}

function say(f: StoreFixture, speaker: EntityRef, where: string, s: Said): string {
  const span = sentenceSpan(f.article.body, where);
  const id = `stmt:${f.article.id.slice(4)}:${span.start}`;
  f.extraction.statements.push({
    id, speaker, quote: s.quote ?? null, text: f.article.body.slice(span.start, span.end), verb: s.verb,
    category: { code: s.category[0], label: s.category[1] }, tone: s.tone, about: s.about,
    saidAt: s.saidAt, datePrecision: s.precision, dateSource: s.source, span,
  });
  return id;
}

const THREATEN: [string, string] = ['13', 'Threaten'];
const DISAPPROVE: [string, string] = ['11', 'Disapprove'];
const COOPERATE: [string, string] = ['05', 'Engage in diplomatic cooperation'];
const STATEMENT: [string, string] = ['01', 'Make public statement'];

/** The API corpus: the fixtures to ingest and the statement ids, named for the assertions. */
export function apiCorpus() {
  const one = fixture('art:api-one',
    'Russian Foreign Minister Sergey Lavrov met envoys from Caracas in Moscow on Wednesday. ' +
    'Lavrov warned Washington against interference in Latin America. ' +
    'The Strategic Partnership Treaty was signed last year.',
    '2025-01-15');
  const rus1 = country(one, 'RUS', 'Russia', ['Russian', 'Moscow']);
  const ven1 = country(one, 'VEN', 'Venezuela', ['Caracas']);
  const usa1 = country(one, 'USA', 'United States', ['Washington']);
  const lavrov1 = person(one, 'person:sergey-lavrov', 'Sergey Lavrov', ['Sergey Lavrov', 'Lavrov'], [['Foreign Minister', rus1, 'Sergey Lavrov']]);
  treaty(one, 'treaty:strategic-partnership-treaty', 'Strategic Partnership Treaty', ['Strategic Partnership Treaty'], [rus1.id, ven1.id], 'signed', '2024');
  const s1 = say(one, lavrov1, 'Lavrov warned', { verb: 'warned', category: THREATEN, tone: -4, about: [usa1], saidAt: '2025-01-15', precision: 'day', source: 'publication' });

  const two = fixture('art:api-two',
    'Maria Zakharova, spokeswoman of the Russian Foreign Ministry, criticised Washington on Monday. ' +
    'Venezuelan President Nicolás Maduro praised Moscow for its support.',
    '2025-03-10');
  const rus2 = country(two, 'RUS', 'Russia', ['Moscow']);
  const usa2 = country(two, 'USA', 'United States', ['Washington']);
  const ven2 = country(two, 'VEN', 'Venezuela', ['Venezuelan']);
  const mfa2 = organization(two, 'org:russian-foreign-ministry', 'Russian Foreign Ministry', ['Russian Foreign Ministry'], rus2.id);
  const zakharova = person(two, 'person:maria-zakharova', 'Maria Zakharova', ['Maria Zakharova'], [['spokeswoman', mfa2, 'Maria Zakharova']]);
  const maduro = person(two, 'person:nicolas-maduro', 'Nicolás Maduro', ['Nicolás Maduro'], [['President', ven2, 'Nicolás Maduro']]);
  const s2 = say(two, zakharova, 'criticised Washington', { verb: 'criticised', category: DISAPPROVE, tone: -2, about: [usa2], saidAt: '2025-03-09', precision: 'day', source: 'relative' });
  const s3 = say(two, maduro, 'praised Moscow', { verb: 'praised', category: COOPERATE, tone: 3.5, about: [rus2], saidAt: '2025-03-10', precision: 'day', source: 'publication' });

  const three = fixture('art:api-three',
    'Russia said on March 18 it was ready for talks with the United States. ' +
    'NATO Secretary General Mark Rutte welcomed the offer from Russia.',
    '2025-03-20');
  const rus3 = country(three, 'RUS', 'Russia', ['Russia']);
  const usa3 = country(three, 'USA', 'United States', ['United States']);
  const nato = organization(three, 'org:nato', 'NATO', ['NATO'], null);
  const rutte = person(three, 'person:mark-rutte', 'Mark Rutte', ['Mark Rutte'], [['Secretary General', nato, 'Mark Rutte']]);
  const s4 = say(three, rus3, 'Russia said on', { verb: 'said', category: STATEMENT, tone: 1, about: [usa3], saidAt: '2025-03-18', precision: 'day', source: 'stated' });
  const s5 = say(three, rutte, 'welcomed the offer', { verb: 'welcomed', category: COOPERATE, tone: 3, about: [rus3], saidAt: '2025-03-20', precision: 'day', source: 'publication' });

  const four = fixture('art:api-four',
    'Lavrov accused Washington of "stalling the talks". ' +
    'The Russian Foreign Ministry denied reports of a summit in June.',
    '2025-06-05');
  const usa4 = country(four, 'USA', 'United States', ['Washington']);
  const lavrov4 = person(four, 'person:sergey-lavrov', 'Sergey Lavrov', ['Lavrov']);
  const mfa4 = organization(four, 'org:russian-foreign-ministry', 'Russian Foreign Ministry', ['Russian Foreign Ministry'], 'country:RUS');
  country(four, 'RUS', 'Russia', []);
  const s6 = say(four, lavrov4, 'Lavrov accused', { verb: 'accused', category: DISAPPROVE, tone: -3, about: [usa4], saidAt: '2025-06-05', precision: 'day', source: 'publication', quote: 'stalling the talks' });
  const s7 = say(four, mfa4, 'denied reports', { verb: 'denied', category: DISAPPROVE, tone: -1, about: [usa4], saidAt: '2025-06', precision: 'month', source: 'stated' });

  const undated = fixture('art:api-undated', 'Officials in Caracas met NATO delegates to discuss the partnership.', null);
  country(undated, 'VEN', 'Venezuela', ['Caracas']);
  organization(undated, 'org:nato', 'NATO', ['NATO'], null);

  return { fixtures: [one, two, three, four, undated], statements: { s1, s2, s3, s4, s5, s6, s7 } };
}

/** Loads the API corpus into an emptied graph before the file's tests and starts the real server; returns its client and ids. */
export function useApiCorpus() {
  const corpus = apiCorpus();
  beforeAll(async () => {
    await clearGraph();
    const outcome = await ingestFixtures(getTestExecutor(), corpus.fixtures);
    if (outcome.report.failures.length > 0) throw new Error(`apiCorpus: ingest failed: ${JSON.stringify(outcome.report.failures)}`);
  });
  return { gql: useGraphQLServer(getTestExecutor), ...corpus };
}
