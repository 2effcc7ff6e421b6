import type {
  CountryFact, EntityRef, ExtractionResult, Mention, OrganizationFact, PersonFact, RoleFact, StatementFact, TreatyFact,
} from '../../api/src/extract/types';
import type { Article } from '../../api/src/source/types';

/** A hand-made article plus the extraction a perfect extractor would give, for store tests that must not depend on the real extractor. */
export interface StoreFixture {
  article: Article;
  extraction: ExtractionResult;
}

/** Every occurrence of `text` in `body` as a mention. */
export function mentionsOf(body: string, text: string): Mention[] {
  const out: Mention[] = [];
  for (let i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + text.length)) out.push({ start: i, end: i + text.length, text });
  return out;
}

/** The sentence of `body` that contains `text`, as a span. */
export function sentenceSpan(body: string, text: string): { start: number; end: number } {
  const at = body.indexOf(text);
  if (at < 0) throw new Error(`storeFixtures: "${text}" is not in the body`);
  const start = Math.max(body.lastIndexOf('. ', at) + 2, 0);
  const dot = body.indexOf('.', at + text.length);
  return { start: start === 1 ? 0 : start, end: dot < 0 ? body.length : dot + 1 };
}

/** Builds a fixture article and an empty extraction for it; fill it with the helpers below. */
export function fixture(id: string, body: string, publishedAt: string | null, file = `fixtures/${id.replace(/\W/g, '_')}.txt`): StoreFixture {
  const article: Article = { id, title: `Title of ${id}`, summary: null, url: null, publishedAt, source: 'fixture', body, origin: { file, line: 1 } };
  return {
    article,
    extraction: {
      article: { id, title: article.title, summary: null, url: null, publishedAt, source: 'fixture' },
      persons: [], countries: [], organizations: [], treaties: [], statements: [], issues: [],
    },
  };
}

/** Adds a person named `name`, mentioned by each of `forms`, with roles `[title, of, sentence text]`. */
export function addPerson(f: StoreFixture, id: string, name: string, forms: string[], roles: Array<[string, EntityRef | null, string]> = []): EntityRef {
  const body = f.article.body;
  const person: PersonFact = {
    id, name, aliases: forms.filter((x) => x !== name),
    roles: roles.map(([title, of, where]): RoleFact => ({ title, of, span: sentenceSpan(body, where) })),
    mentions: forms.flatMap((x) => mentionsOf(body, x)).sort((a, b) => a.start - b.start),
  };
  f.extraction.persons.push(person);
  return { kind: 'Person', id, name };
}

/** Adds a country with its ISO3 code, mentioned by each of `forms`. */
export function addCountry(f: StoreFixture, iso3: string, name: string, forms: string[]): EntityRef {
  const country: CountryFact = { id: `country:${iso3}`, name, iso3, mentions: forms.flatMap((x) => mentionsOf(f.article.body, x)) };
  f.extraction.countries.push(country);
  return { kind: 'Country', id: country.id, name };
}

/** Adds an organisation, optionally of a country. */
export function addOrganization(f: StoreFixture, id: string, name: string, forms: string[], country: string | null = null): EntityRef {
  const org: OrganizationFact = { id, name, aliases: forms.filter((x) => x !== name), country, mentions: forms.flatMap((x) => mentionsOf(f.article.body, x)) };
  f.extraction.organizations.push(org);
  return { kind: 'Organization', id, name };
}

/** Adds a treaty with parties, status and signing date. */
export function addTreaty(f: StoreFixture, id: string, name: string, forms: string[], parties: string[], status: TreatyFact['status'], signedAt: string | null): EntityRef {
  f.extraction.treaties.push({ id, name, aliases: [], parties, signedAt, status, mentions: forms.flatMap((x) => mentionsOf(f.article.body, x)) });
  return { kind: 'Treaty', id, name };
}

/** Adds a statement by `speaker` from the sentence containing `where`. */
export function addStatement(f: StoreFixture, speaker: EntityRef, where: string, verb: string, about: EntityRef[], quote: string | null = null): void {
  const span = sentenceSpan(f.article.body, where);
  const statement: StatementFact = {
    id: `s${f.extraction.statements.length + 1}`,
    speaker, quote, text: f.article.body.slice(span.start, span.end), verb,
    category: { code: verb === 'denied' ? '11' : verb === 'warned' ? '13' : '01', label: verb },
    tone: verb === 'warned' ? -4 : 1, about, saidAt: f.article.publishedAt, datePrecision: f.article.publishedAt ? 'day' : null,
    dateSource: f.article.publishedAt ? 'publication' : null, span,
  };
  f.extraction.statements.push(statement);
}

/** Three articles written for these tests: Lavrov (under two spellings), Ryabkov, a treaty moving from signed to ratification, and NATO. */
export function diplomacyFixtures(): StoreFixture[] {
  const a = fixture('art:fx-one',
    'Russian Foreign Minister Sergey Lavrov hosted Venezuelan envoys in Moscow on Monday. ' +
    'Lavrov said the partnership treaty with Venezuela would serve both nations for decades. ' +
    'The treaty was signed in May and still awaits approval by the two parliaments.',
    '2026-03-02');
  const rus = addCountry(a, 'RUS', 'Russia', ['Russian', 'Moscow']);
  const ven = addCountry(a, 'VEN', 'Venezuela', ['Venezuelan', 'Venezuela']);
  const lavrov = addPerson(a, 'person:sergey-lavrov', 'Sergey Lavrov', ['Sergey Lavrov', 'Lavrov'], [['Foreign Minister', rus, 'Sergey Lavrov']]);
  const treaty = addTreaty(a, 'treaty:russia-venezuela-partnership-treaty', 'Russia-Venezuela partnership treaty', ['partnership treaty', 'The treaty'], [rus.id, ven.id], 'signed', '2025-05');
  addStatement(a, lavrov, 'Lavrov said', 'said', [treaty, ven]);

  const b = fixture('art:fx-two',
    'Sergei Lavrov, the Russian foreign minister, warned Washington against new sanctions on Tuesday. ' +
    'Deputy Foreign Minister Sergei Ryabkov of the Russian Foreign Ministry denied that talks had stalled. ' +
    'Both men said the partnership treaty with Venezuela was now before parliament for ratification.',
    '2026-04-14');
  const rus2 = addCountry(b, 'RUS', 'Russia', ['Russian']);
  const usa = addCountry(b, 'USA', 'United States', ['Washington']);
  const ven2 = addCountry(b, 'VEN', 'Venezuela', ['Venezuela']);
  const mfa = addOrganization(b, 'org:russian-foreign-ministry', 'Russian Foreign Ministry', ['Russian Foreign Ministry'], rus2.id);
  const lavrov2 = addPerson(b, 'person:sergei-lavrov', 'Sergei Lavrov', ['Sergei Lavrov'], [['foreign minister', rus2, 'Sergei Lavrov']]);
  const ryabkov = addPerson(b, 'person:sergei-ryabkov', 'Sergei Ryabkov', ['Sergei Ryabkov'], [['Deputy Foreign Minister', mfa, 'Sergei Ryabkov']]);
  const treaty2 = addTreaty(b, 'treaty:russia-venezuela-partnership-treaty', 'Russia-Venezuela partnership treaty', ['partnership treaty'], [rus2.id, ven2.id], 'ratification pending', null);
  addStatement(b, lavrov2, 'warned Washington', 'warned', [usa]);
  addStatement(b, ryabkov, 'denied that talks', 'denied', []);
  addStatement(b, mfa, 'Both men said', 'said', [treaty2]);

  const c = fixture('art:fx-three',
    'NATO Secretary General Mark Rutte praised Poland for raising its defence budget. ' +
    'Rutte told reporters in Warsaw that the alliance would hold a summit in July.',
    '2026-05-20');
  const pol = addCountry(c, 'POL', 'Poland', ['Poland', 'Warsaw']);
  const nato = addOrganization(c, 'org:nato', 'NATO', ['NATO', 'the alliance']);
  const rutte = addPerson(c, 'person:mark-rutte', 'Mark Rutte', ['Mark Rutte', 'Rutte'], [['Secretary General', nato, 'Mark Rutte']]);
  addStatement(c, rutte, 'praised Poland', 'praised', [pol]);
  addStatement(c, rutte, 'Rutte told reporters', 'said', [nato]);
  return [a, b, c];
}

/** `n` articles cycling through the three diplomacy fixtures under new ids and dates, so entities overlap as in a real feed. */
export function manyFixtures(n: number): StoreFixture[] {
  const out: StoreFixture[] = [];
  for (let i = 0; i < n; i++) {
    const base = diplomacyFixtures()[i % 3]!;
    const id = `${base.article.id}-${i}`;
    const day = new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const article = { ...base.article, id, publishedAt: day };
    out.push({ article, extraction: { ...base.extraction, article: { ...base.extraction.article, id, publishedAt: day } } });
  }
  return out;
}
