import { beforeEach, describe, expect, it } from 'vitest';
import { checkGraph, deleteArticle, mergeEntities, undoLastMerge } from '../../../api/src/store/index';
import { spokeDaysOf, type DatedStatement, type SpokeDays } from '../../../api/src/store/spokeDays';
import { addCountry, addPerson, addStatement, fixture, type StoreFixture } from '../../_utils/storeFixtures';
import { ingestFixtures } from '../../_utils/storeHelpers';
import { clearGraph, getTestExecutor } from '../../_utils/testDb';

const executor = getTestExecutor();

// Sets tone, category and date of the statement just added (the helper dates it on the article's day).
function lastStatement(f: StoreFixture, tone: number, code: string, saidAt?: string | null): void {
  const s = f.extraction.statements.at(-1)!;
  s.tone = tone;
  s.category = { code, label: `label of ${code}` };
  if (saidAt !== undefined) s.saidAt = saidAt;
}

/** Germany's minister and Germany itself about Poland and its envoy, over two articles with a bare month and an undated statement. */
function firstArticles(): StoreFixture[] {
  const a = fixture('art:sd-one',
    'German Foreign Minister Anna Weber cautioned Poland over the border plan in Berlin. ' +
    'Weber added that talks with Poland would go on this month. ' +
    'Germany restated its offer to Poland, as it has for years.',
    '2026-02-10');
  const deu = addCountry(a, 'DEU', 'Germany', ['German', 'Germany', 'Berlin']);
  const pol = addCountry(a, 'POL', 'Poland', ['Poland']);
  const weber = addPerson(a, 'person:anna-weber', 'Anna Weber', ['Anna Weber', 'Weber'], [['Foreign Minister', deu, 'Anna Weber']]);
  addStatement(a, weber, 'cautioned Poland', 'warned', [pol]);
  lastStatement(a, -4, '13');
  addStatement(a, weber, 'Weber added', 'said', [pol]);
  lastStatement(a, 1.2, '01', '2026-02');
  addStatement(a, deu, 'Germany restated', 'said', [pol]);
  lastStatement(a, 0.4, '03', null);

  const b = fixture('art:sd-two',
    'Anna Weber welcomed the Polish envoy Jan Kowal and thanked Poland. ' +
    'Jan Kowal faulted Germany for the delay on Wednesday. ' +
    'Weber noted the progress with Poland.',
    '2026-02-12');
  const pol2 = addCountry(b, 'POL', 'Poland', ['Polish', 'Poland']);
  const deu2 = addCountry(b, 'DEU', 'Germany', ['Germany']);
  const weber2 = addPerson(b, 'person:anna-weber', 'Anna Weber', ['Anna Weber', 'Weber']);
  const kowal = addPerson(b, 'person:jan-kowal', 'Jan Kowal', ['Jan Kowal']);
  addStatement(b, weber2, 'welcomed the Polish envoy', 'said', [pol2, kowal]);
  lastStatement(b, 2.3, '05');
  addStatement(b, kowal, 'faulted Germany', 'said', [deu2]);
  lastStatement(b, -2, '11', '2026-02-11');
  addStatement(b, weber2, 'noted the progress', 'said', [pol2]);
  lastStatement(b, 0.5, '01');
  return [a, b];
}

/** A later article adding to a pair that exists (the merge of day arrays), with the minister under a second spelling. */
function laterArticle(): StoreFixture {
  const c = fixture('art:sd-three', 'Anne Webber told Poland the offer stands. Jan Kowal praised Anne Webber for it.', '2026-02-12');
  const webber = addPerson(c, 'person:anne-webber', 'Anne Webber', ['Anne Webber']);
  const pol = addCountry(c, 'POL', 'Poland', ['Poland']);
  const kowal = addPerson(c, 'person:jan-kowal', 'Jan Kowal', ['Jan Kowal']);
  const weberAgain = addPerson(c, 'person:anna-weber', 'Anna Weber', []);
  addStatement(c, webber, 'told Poland', 'said', [pol]);
  lastStatement(c, 0.7, '01');
  addStatement(c, kowal, 'praised Anne Webber', 'said', [webber]);
  lastStatement(c, 3, '05', '2026-01');
  addStatement(c, weberAgain, 'told Poland', 'said', [pol]);
  lastStatement(c, -0.3, '01', '2026-02-10');
  return c;
}

/** The second article rewritten: Kowal's complaint moves a week and Weber's remark about the envoy is gone. */
function changedSecondArticle(): StoreFixture {
  const b = fixture('art:sd-two', 'Jan Kowal faulted Germany again for the delay.', '2026-02-19');
  const deu = addCountry(b, 'DEU', 'Germany', ['Germany']);
  const kowal = addPerson(b, 'person:jan-kowal', 'Jan Kowal', ['Jan Kowal']);
  addStatement(b, kowal, 'faulted Germany', 'said', [deu]);
  lastStatement(b, -2.5, '11');
  return b;
}

type DaysByPair = Record<string, SpokeDays>;

async function storedDays(): Promise<DaysByPair> {
  const rows = await executor.read<SpokeDays & { pair: string }>({
    cypher: `MATCH (a)-[r:SPOKE_ABOUT]->(b)
             RETURN a.id + ' > ' + b.id AS pair, r.days AS days, r.dayCounts AS dayCounts, r.dayToneSums AS dayToneSums, r.dayToneCounts AS dayToneCounts,
                    r.dayMinTones AS dayMinTones, r.dayMaxTones AS dayMaxTones, r.dayCategoryKeys AS dayCategoryKeys, r.dayCategoryCounts AS dayCategoryCounts`,
  });
  return Object.fromEntries(rows.map(({ pair, ...days }) => [pair, days]));
}

/** The day arrays computed in TypeScript from the statements now in the graph, for every speaker → subject pair. */
async function daysFromStatements(): Promise<DaysByPair> {
  const rows = await executor.read<DatedStatement & { pair: string }>({
    cypher: `MATCH (a)-[:SAID]->(s:Statement)-[:ABOUT]->(b) WHERE a <> b
             RETURN a.id + ' > ' + b.id AS pair, s.saidAt AS saidAt, s.tone AS tone, s.categoryCode AS categoryCode`,
  });
  const byPair = new Map<string, DatedStatement[]>();
  for (const { pair, ...s } of rows) byPair.set(pair, [...(byPair.get(pair) ?? []), s]);
  return Object.fromEntries([...byPair].map(([pair, statements]) => [pair, spokeDaysOf(statements)]));
}

async function expectExact(): Promise<void> {
  expect(await storedDays()).toEqual(await daysFromStatements());
  expect(await checkGraph(executor)).toEqual([]);
}

describe('store: SPOKE_ABOUT day arrays stay exact on every write path', () => {
  beforeEach(async () => {
    await clearGraph(executor);
    const outcome = await ingestFixtures(executor, firstArticles());
    expect(outcome.report, JSON.stringify(outcome.report)).toMatchObject({ articlesNew: 2, articlesFailed: 0 });
  });

  it('ingest writes the arrays of each pair (undated statements left out, a bare month on its first day)', async () => {
    const days = await storedDays();
    expect(days['person:anna-weber > country:POL']).toEqual({
      days: ['2026-02-01', '2026-02-10', '2026-02-12'],
      dayCounts: [1, 1, 2],
      dayToneSums: [1.2, -4, 2.8],
      dayToneCounts: [1, 1, 2],
      dayMinTones: [1.2, -4, 0.5],
      dayMaxTones: [1.2, -4, 2.3],
      dayCategoryKeys: ['2026-02-01|01', '2026-02-10|13', '2026-02-12|01', '2026-02-12|05'],
      dayCategoryCounts: [1, 1, 1, 1],
    });
    expect(days['country:DEU > country:POL']).toEqual({
      days: [], dayCounts: [], dayToneSums: [], dayToneCounts: [], dayMinTones: [], dayMaxTones: [], dayCategoryKeys: [], dayCategoryCounts: [],
    });
    await expectExact();
  });

  it('a later article adds its days to existing pairs, in one batch or article by article', async () => {
    await ingestFixtures(executor, [laterArticle()]);
    expect((await storedDays())['person:anna-weber > country:POL']).toMatchObject({ days: ['2026-02-01', '2026-02-10', '2026-02-12'], dayCounts: [1, 2, 2], dayToneSums: [1.2, -4.3, 2.8] });
    await expectExact();
    const once = await storedDays();
    await clearGraph(executor);
    await ingestFixtures(executor, [...firstArticles(), laterArticle()], { batchSize: 1 });
    expect(await storedDays()).toEqual(once);
  });

  it('re-ingesting a changed article recomputes the pairs it touched', async () => {
    await ingestFixtures(executor, [laterArticle()]);
    await ingestFixtures(executor, [changedSecondArticle()]);
    const days = await storedDays();
    expect(days['person:jan-kowal > country:DEU']).toMatchObject({ days: ['2026-02-19'], dayCounts: [1], dayToneSums: [-2.5] });
    expect(days['person:anna-weber > person:jan-kowal']).toBeUndefined();
    await expectExact();
  });

  it('deleting an article takes its days out', async () => {
    await ingestFixtures(executor, [laterArticle()]);
    expect(await deleteArticle(executor, 'art:sd-one')).toMatchObject({ found: true });
    expect((await storedDays())['person:anna-weber > country:POL']).toMatchObject({ days: ['2026-02-10', '2026-02-12'], dayCounts: [1, 2] });
    await expectExact();
  });

  it('a manual merge folds both spellings\' days, and undo restores them exactly', async () => {
    await ingestFixtures(executor, [laterArticle()]);
    const before = await storedDays();
    await mergeEntities(executor, 'person:anna-weber', 'person:anne-webber', 'test-editor');
    const merged = await storedDays();
    expect(merged['person:anna-weber > country:POL']).toMatchObject({ days: ['2026-02-01', '2026-02-10', '2026-02-12'], dayCounts: [1, 2, 3] });
    expect(merged['person:jan-kowal > person:anna-weber']).toMatchObject({ days: ['2026-01-01'], dayCounts: [1], dayCategoryKeys: ['2026-01-01|05'] });
    await expectExact();
    await undoLastMerge(executor, 'test-editor');
    expect(await storedDays()).toEqual(before);
    await expectExact();
  });

  it('check reports a pair whose arrays disagree with its statements', async () => {
    await executor.write({ cypher: "MATCH (:Person {id: 'person:anna-weber'})-[r:SPOKE_ABOUT]->(:Country {id: 'country:POL'}) SET r.dayCounts = [1, 1, 1]" });
    await executor.write({ cypher: "MATCH (:Person {id: 'person:jan-kowal'})-[r:SPOKE_ABOUT]->() REMOVE r.days" });
    expect(await checkGraph(executor)).toEqual([
      { invariant: 'spokeAboutDaysMatchStatements', id: 'person:anna-weber SPOKE_ABOUT country:POL', problem: 'day arrays differ from its statements in dayCounts (its statements give 3 days)' },
      { invariant: 'spokeAboutDaysMatchStatements', id: 'person:jan-kowal SPOKE_ABOUT country:DEU', problem: 'day arrays differ from its statements in days (its statements give 1 days)' },
    ].sort((x, y) => (x.id < y.id ? -1 : 1)));
  });
});
