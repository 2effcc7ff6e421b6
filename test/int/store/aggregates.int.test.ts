import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, readMigrations } from '../../../api/src/db/migrate';
import { checkGraph, deleteArticle, mergeEntities, undoLastMerge } from '../../../api/src/store/index';
import { addCountry, addPerson, addStatement, fixture, type StoreFixture } from '../../_utils/storeFixtures';
import { graphCounts, ingestFixtures } from '../../_utils/storeHelpers';
import { clearGraph, getTestExecutor } from '../../_utils/testDb';

const executor = getTestExecutor();

// Sets the tone (and optionally the stated date) of the statement just added, so tones other than the helper's ±1/−4 are covered.
function lastStatement(f: StoreFixture, tone: number, saidAt?: string | null): void {
  const s = f.extraction.statements.at(-1)!;
  s.tone = tone;
  if (saidAt !== undefined) s.saidAt = saidAt;
}

/** Russia's and the United States' officials about each other, over three articles (the third undated). */
function relationFixtures(): StoreFixture[] {
  const a = fixture('art:sa-one',
    'Russian Foreign Minister Sergey Lavrov warned the United States against new sanctions on Monday. ' +
    'The minister said Moscow remained open to talks with Washington. ' +
    'Kremlin spokesman Dmitry Peskov criticised the United States for its stance.',
    '2026-01-12');
  const rus = addCountry(a, 'RUS', 'Russia', ['Russian', 'Moscow']);
  const usa = addCountry(a, 'USA', 'United States', ['United States', 'Washington']);
  const lavrov = addPerson(a, 'person:sergey-lavrov', 'Sergey Lavrov', ['Sergey Lavrov'], [['Foreign Minister', rus, 'Sergey Lavrov']]);
  const peskov = addPerson(a, 'person:dmitry-peskov', 'Dmitry Peskov', ['Dmitry Peskov']);
  addStatement(a, lavrov, 'warned the United States', 'warned', [usa]);
  addStatement(a, lavrov, 'The minister said', 'said', [usa]);
  lastStatement(a, 1.9);
  addStatement(a, peskov, 'criticised the United States', 'criticised', [usa]);
  lastStatement(a, -2, '2026-01-09');

  const b = fixture('art:sa-two',
    'US Secretary of State Marco Rubio accused Moscow of stalling the talks. ' +
    'Rubio said the United States still wanted a deal with Russia. ' +
    'Washington praised Sergey Lavrov for his candour.',
    '2026-02-05');
  const usa2 = addCountry(b, 'USA', 'United States', ['United States', 'Washington']);
  const rus2 = addCountry(b, 'RUS', 'Russia', ['Moscow', 'Russia']);
  const rubio = addPerson(b, 'person:marco-rubio', 'Marco Rubio', ['Marco Rubio'], [['Secretary of State', usa2, 'Marco Rubio']]);
  const lavrov2 = addPerson(b, 'person:sergey-lavrov', 'Sergey Lavrov', ['Sergey Lavrov']);
  addStatement(b, rubio, 'accused Moscow', 'accused', [rus2]);
  lastStatement(b, -2);
  addStatement(b, rubio, 'Rubio said', 'said', [rus2]);
  lastStatement(b, 1, null);
  addStatement(b, usa2, 'Washington praised', 'praised', [lavrov2]);
  lastStatement(b, 3.4);

  const c = fixture('art:sa-three', 'Sergey Lavrov said the United States must respect Russia.', null);
  const lavrov3 = addPerson(c, 'person:sergey-lavrov', 'Sergey Lavrov', ['Sergey Lavrov']);
  const usa3 = addCountry(c, 'USA', 'United States', ['United States']);
  const rus3 = addCountry(c, 'RUS', 'Russia', ['Russia']);
  addStatement(c, lavrov3, 'Sergey Lavrov said', 'said', [usa3, rus3]);
  return [a, b, c];
}

/** The first article rewritten: Peskov is gone and Lavrov now praises Washington, a week later. */
function changedFirstArticle(): StoreFixture {
  const f = fixture('art:sa-one', 'Sergey Lavrov praised the United States for resuming talks on Tuesday.', '2026-01-20');
  const lavrov = addPerson(f, 'person:sergey-lavrov', 'Sergey Lavrov', ['Sergey Lavrov']);
  const usa = addCountry(f, 'USA', 'United States', ['United States']);
  addStatement(f, lavrov, 'praised the United States', 'praised', [usa]);
  lastStatement(f, 3.4);
  return f;
}

/** Lavrov under a German spelling, speaking and spoken about, for merge and undo. */
function germanSpellingArticle(): StoreFixture {
  const f = fixture('art:sa-four', 'Sergej Lawrow warned the United States again. Marco Rubio criticised Sergej Lawrow sharply.', '2026-03-01');
  const lawrow = addPerson(f, 'person:sergej-lawrow', 'Sergej Lawrow', ['Sergej Lawrow']);
  const usa = addCountry(f, 'USA', 'United States', ['United States']);
  const rubio = addPerson(f, 'person:marco-rubio', 'Marco Rubio', ['Marco Rubio']);
  addStatement(f, lawrow, 'warned the United States', 'warned', [usa]);
  addStatement(f, rubio, 'criticised Sergej Lawrow', 'criticised', [lawrow]);
  lastStatement(f, -2);
  return f;
}

interface SpokeRow { speaker: string; subject: string; count: number; toneSum: number; toneCount: number; tone: number | null; firstSeen: string | null; lastSeen: string | null }
interface AggregateRow { id: string; mentionCount: number; articleCount: number; firstSeen: string | null; lastSeen: string | null }

async function spokeAbout(): Promise<SpokeRow[]> {
  return executor.read<SpokeRow & Record<string, unknown>>({
    cypher: `MATCH (a)-[r:SPOKE_ABOUT]->(b)
             RETURN a.id AS speaker, b.id AS subject, r.count AS count, r.toneSum AS toneSum, r.toneCount AS toneCount, r.tone AS tone,
                    r.firstSeen AS firstSeen, r.lastSeen AS lastSeen ORDER BY speaker, subject`,
  });
}

async function aggregates(): Promise<AggregateRow[]> {
  return executor.read<AggregateRow & Record<string, unknown>>({
    cypher: `MATCH (e) WHERE e:Person OR e:Country OR e:Organization OR e:Treaty
             RETURN e.id AS id, e.mentionCount AS mentionCount, e.articleCount AS articleCount, e.firstSeen AS firstSeen, e.lastSeen AS lastSeen
             ORDER BY id`,
  });
}

const spoke = (speaker: string, subject: string, count: number, toneSum: number, toneCount: number, firstSeen: string | null, lastSeen = firstSeen): SpokeRow => ({
  speaker, subject, count, toneSum, toneCount, tone: toneCount > 0 ? toneSum / toneCount : null, firstSeen, lastSeen,
});
const agg = (id: string, mentionCount: number, articleCount: number, firstSeen: string | null, lastSeen = firstSeen): AggregateRow => ({
  id, mentionCount, articleCount, firstSeen, lastSeen,
});

const INITIAL_SPOKE: SpokeRow[] = [
  spoke('country:USA', 'person:sergey-lavrov', 1, 3.4, 1, '2026-02-05'),
  spoke('person:dmitry-peskov', 'country:USA', 1, -2, 1, '2026-01-09'),
  spoke('person:marco-rubio', 'country:RUS', 2, -1, 2, '2026-02-05'),
  // The undated third article counts, but gives no date.
  spoke('person:sergey-lavrov', 'country:RUS', 1, 1, 1, null),
  spoke('person:sergey-lavrov', 'country:USA', 3, -1.1, 3, '2026-01-12'),
];
const INITIAL_AGGREGATES: AggregateRow[] = [
  agg('country:RUS', 5, 3, '2026-01-12', '2026-02-05'),
  agg('country:USA', 6, 3, '2026-01-12', '2026-02-05'),
  agg('person:dmitry-peskov', 1, 1, '2026-01-12'),
  agg('person:marco-rubio', 1, 1, '2026-02-05'),
  agg('person:sergey-lavrov', 3, 3, '2026-01-12', '2026-02-05'),
];

describe('store: entity aggregates and SPOKE_ABOUT stay exact on every write path', () => {
  beforeEach(async () => {
    await clearGraph(executor);
    const outcome = await ingestFixtures(executor, relationFixtures());
    expect(outcome.report).toMatchObject({ articlesNew: 3, articlesFailed: 0 });
  });

  it('ingest writes one SPOKE_ABOUT per speaker and subject, and the entity aggregates', async () => {
    expect(await spokeAbout()).toEqual(INITIAL_SPOKE);
    expect(await aggregates()).toEqual(INITIAL_AGGREGATES);
    expect(await checkGraph(executor)).toEqual([]);
  });

  it('the batch size does not change them', async () => {
    await clearGraph(executor);
    await ingestFixtures(executor, relationFixtures(), { batchSize: 1 });
    expect(await spokeAbout()).toEqual(INITIAL_SPOKE);
    expect(await aggregates()).toEqual(INITIAL_AGGREGATES);
  });

  it('re-ingesting unchanged articles changes nothing, skipped or forced', async () => {
    const counts = await graphCounts(executor);
    expect((await ingestFixtures(executor, relationFixtures())).report).toMatchObject({ articlesUnchanged: 3 });
    expect((await ingestFixtures(executor, relationFixtures(), { force: true })).report).toMatchObject({ articlesUpdated: 3, articlesFailed: 0 });
    expect(await spokeAbout()).toEqual(INITIAL_SPOKE);
    expect(await aggregates()).toEqual(INITIAL_AGGREGATES);
    expect(await graphCounts(executor)).toEqual(counts);
    expect(await checkGraph(executor)).toEqual([]);
  });

  it('a changed article replaces its share: pairs it alone supported go, min/max dates move back and forward', async () => {
    const [, b, c] = relationFixtures();
    const outcome = await ingestFixtures(executor, [changedFirstArticle(), b!, c!]);
    expect(outcome.report).toMatchObject({ articlesUpdated: 1, articlesUnchanged: 2, articlesFailed: 0 });
    expect(await spokeAbout()).toEqual([
      spoke('country:USA', 'person:sergey-lavrov', 1, 3.4, 1, '2026-02-05'),
      spoke('person:marco-rubio', 'country:RUS', 2, -1, 2, '2026-02-05'),
      spoke('person:sergey-lavrov', 'country:RUS', 1, 1, 1, null),
      spoke('person:sergey-lavrov', 'country:USA', 2, 4.4, 2, '2026-01-20'),
    ]);
    expect(await aggregates()).toEqual([
      agg('country:RUS', 3, 2, '2026-02-05'),
      agg('country:USA', 4, 3, '2026-01-20', '2026-02-05'),
      agg('person:marco-rubio', 1, 1, '2026-02-05'),
      agg('person:sergey-lavrov', 3, 3, '2026-01-20', '2026-02-05'),
    ]);
    expect(await checkGraph(executor)).toEqual([]);
  });

  it('deleting an article takes its statements out of the pairs and its dates out of the entities', async () => {
    expect(await deleteArticle(executor, 'art:sa-two')).toMatchObject({ found: true });
    expect(await spokeAbout()).toEqual([
      spoke('person:dmitry-peskov', 'country:USA', 1, -2, 1, '2026-01-09'),
      spoke('person:sergey-lavrov', 'country:RUS', 1, 1, 1, null),
      spoke('person:sergey-lavrov', 'country:USA', 3, -1.1, 3, '2026-01-12'),
    ]);
    expect(await aggregates()).toEqual([
      agg('country:RUS', 3, 2, '2026-01-12'),
      agg('country:USA', 4, 2, '2026-01-12'),
      agg('person:dmitry-peskov', 1, 1, '2026-01-12'),
      agg('person:sergey-lavrov', 2, 2, '2026-01-12'),
    ]);
    expect(await deleteArticle(executor, 'art:sa-one')).toMatchObject({ found: true });
    expect(await spokeAbout()).toEqual([spoke('person:sergey-lavrov', 'country:RUS', 1, 1, 1, null), spoke('person:sergey-lavrov', 'country:USA', 1, 1, 1, null)]);
    expect(await aggregates()).toEqual([agg('country:RUS', 1, 1, null), agg('country:USA', 1, 1, null), agg('person:sergey-lavrov', 1, 1, null)]);
    expect(await checkGraph(executor)).toEqual([]);
  });

  it('a manual merge folds the pairs of both spellings (as speaker and as subject), and undo restores them exactly', async () => {
    await ingestFixtures(executor, [germanSpellingArticle()]);
    const spokeBefore = await spokeAbout();
    const aggregatesBefore = await aggregates();
    expect(spokeBefore).toEqual(expect.arrayContaining([
      spoke('person:marco-rubio', 'person:sergej-lawrow', 1, -2, 1, '2026-03-01'),
      spoke('person:sergej-lawrow', 'country:USA', 1, -4, 1, '2026-03-01'),
    ]));
    await mergeEntities(executor, 'person:sergey-lavrov', 'person:sergej-lawrow', 'test-editor');
    expect(await spokeAbout()).toEqual([
      spoke('country:USA', 'person:sergey-lavrov', 1, 3.4, 1, '2026-02-05'),
      spoke('person:dmitry-peskov', 'country:USA', 1, -2, 1, '2026-01-09'),
      spoke('person:marco-rubio', 'country:RUS', 2, -1, 2, '2026-02-05'),
      spoke('person:marco-rubio', 'person:sergey-lavrov', 1, -2, 1, '2026-03-01'),
      spoke('person:sergey-lavrov', 'country:RUS', 1, 1, 1, null),
      spoke('person:sergey-lavrov', 'country:USA', 4, -5.1, 4, '2026-01-12', '2026-03-01'),
    ]);
    expect((await aggregates()).filter((r) => r.id.startsWith('person:'))).toEqual([
      agg('person:dmitry-peskov', 1, 1, '2026-01-12'),
      agg('person:marco-rubio', 2, 2, '2026-02-05', '2026-03-01'),
      agg('person:sergey-lavrov', 5, 4, '2026-01-12', '2026-03-01'),
    ]);
    expect(await checkGraph(executor)).toEqual([]);
    await undoLastMerge(executor, 'test-editor');
    expect(await spokeAbout()).toEqual(spokeBefore);
    expect(await aggregates()).toEqual(aggregatesBefore);
    expect(await checkGraph(executor)).toEqual([]);
  });

  it('a merge that makes a speaker its own subject leaves no self pair', async () => {
    await ingestFixtures(executor, [germanSpellingArticle()]);
    await mergeEntities(executor, 'person:marco-rubio', 'person:sergej-lawrow', 'test-editor');
    const self = await executor.read({ cypher: 'MATCH (a)-[r:SPOKE_ABOUT]->(a) RETURN a.id AS id' });
    expect(self).toEqual([]);
    expect(await checkGraph(executor)).toEqual([]);
  });

  it('migrations 004 and 009 backfill exactly what ingest maintains', async () => {
    await ingestFixtures(executor, [germanSpellingArticle()]);
    const spokeBefore = await spokeAbout();
    const aggregatesBefore = await aggregates();
    await executor.write({ cypher: 'MATCH ()-[r:SPOKE_ABOUT]->() DELETE r' });
    await executor.write({ cypher: 'MATCH (e) WHERE e:Person OR e:Country OR e:Organization OR e:Treaty REMOVE e.mentionCount, e.articleCount, e.firstSeen, e.lastSeen' });
    expect((await checkGraph(executor)).map((v) => v.invariant)).toEqual(expect.arrayContaining(['entityAggregatesMatch', 'spokenPairsHaveSpokeAbout']));
    const migrations = readMigrations(MIGRATIONS_DIR).filter((m) => m.id === '004_api_aggregates' || m.id === '009_spoke_about_days');
    expect(migrations).toHaveLength(2);
    // The backfill statements run again, as on a database that was ingested before 004 existed; twice, to show they are idempotent.
    for (let round = 0; round < 2; round++) {
      for (const statement of migrations.flatMap((m) => m.statements).filter((s) => !/^CREATE INDEX/.test(s))) await executor.autoCommit({ cypher: statement });
    }
    expect(await spokeAbout()).toEqual(spokeBefore);
    expect(await aggregates()).toEqual(aggregatesBefore);
    expect(await checkGraph(executor)).toEqual([]);
    expect(readFileSync(path.join(MIGRATIONS_DIR, '004_api_aggregates.cypher'), 'utf8')).toMatch(/IN TRANSACTIONS/);
  });

  it('check reports wrong, missing and unsupported SPOKE_ABOUT and wrong entity aggregates', async () => {
    await executor.write({ cypher: "MATCH (:Person {id: 'person:marco-rubio'})-[r:SPOKE_ABOUT]->() SET r.count = 7" });
    await executor.write({ cypher: "MATCH (:Person {id: 'person:dmitry-peskov'})-[r:SPOKE_ABOUT]->() DELETE r" });
    await executor.write({ cypher: "MATCH (a:Person {id: 'person:dmitry-peskov'}), (b:Country {id: 'country:RUS'}) CREATE (a)-[:SPOKE_ABOUT {count: 1, toneSum: 0.0, toneCount: 0}]->(b)" });
    await executor.write({ cypher: "MATCH (:Country {id: 'country:USA'})-[r:SPOKE_ABOUT]->() SET r.lastSeen = '2026-12-31'" });
    await executor.write({ cypher: "MATCH (c:Country {id: 'country:RUS'}) SET c.mentionCount = 4" });
    await executor.write({ cypher: "MATCH (p:Person {id: 'person:marco-rubio'}) REMOVE p.firstSeen" });
    const violations = await checkGraph(executor);
    expect(violations.map((v) => [v.invariant, v.id]).sort()).toEqual([
      ['entityAggregatesMatch', 'country:RUS'],
      ['entityAggregatesMatch', 'person:marco-rubio'],
      ['spokeAboutMatchesStatements', 'country:USA SPOKE_ABOUT person:sergey-lavrov'],
      ['spokeAboutMatchesStatements', 'person:dmitry-peskov SPOKE_ABOUT country:RUS'],
      ['spokeAboutMatchesStatements', 'person:marco-rubio SPOKE_ABOUT country:RUS'],
      ['spokenPairsHaveSpokeAbout', 'person:dmitry-peskov SPOKE_ABOUT country:USA'],
    ]);
    expect(violations.find((v) => v.id === 'person:marco-rubio SPOKE_ABOUT country:RUS')?.problem)
      .toBe('stores count/toneSum/toneCount/tone/firstSeen/lastSeen /7/-1.0/2/-0.5/2026-02-05/2026-02-05, its statements give /2/-1.0/2/-0.5/2026-02-05/2026-02-05');
  });
});
