import { beforeAll, describe, expect, it } from 'vitest';
import { checkGraph } from '../../../api/src/store/index';
import { clearGraph, getTestExecutor } from '../../_utils/testDb';
import { addCountry, addPerson, addStatement, diplomacyFixtures, fixture, manyFixtures } from '../../_utils/storeFixtures';
import { graphCounts, ingestFixtures } from '../../_utils/storeHelpers';

const executor = getTestExecutor();

describe('store: ingest, idempotence, resolution', () => {
  beforeAll(async () => {
    await clearGraph(executor);
  });

  it('stores three articles with cross-article resolution and a clean check', async () => {
    const outcome = await ingestFixtures(executor, diplomacyFixtures());
    expect(outcome.phase).toBe('done');
    expect(outcome.report).toMatchObject({ articlesNew: 3, articlesFailed: 0, personsMergedByName: 1, statementsWritten: 6 });
    expect(await graphCounts(executor)).toEqual({
      Article: 3, Country: 4, Organization: 2, Person: 3, Statement: 6, Treaty: 1,
      ':ABOUT': 6, ':HOLDS_ROLE': 3, ':MENTIONS': 14, ':PARTY_TO': 2, ':PART_OF': 1, ':REPORTED_IN': 6, ':SAID': 6, ':SPOKE_ABOUT': 6,
    });
    expect(await checkGraph(executor)).toEqual([]);
  });

  it('merges transliterated Lavrov across articles, never with Ryabkov, and keeps role dates and evidence', async () => {
    const persons = await executor.read({ cypher: 'MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.aliases AS aliases ORDER BY id' });
    expect(persons).toEqual([
      { id: 'person:mark-rutte', name: 'Mark Rutte', aliases: ['Mark Rutte', 'Rutte'] },
      { id: 'person:sergei-ryabkov', name: 'Sergei Ryabkov', aliases: ['Sergei Ryabkov'] },
      { id: 'person:sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Sergey Lavrov', 'Lavrov', 'Sergei Lavrov'] },
    ]);
    const roles = await executor.read({
      cypher: `MATCH (p:Person {id: 'person:sergey-lavrov'})-[r:HOLDS_ROLE]->(c)
               RETURN c.id AS of, r.title AS title, r.articleCount AS articleCount, r.firstSeen AS firstSeen, r.lastSeen AS lastSeen,
                      COLLECT { MATCH (p)<-[m:MENTIONS]-(a:Article) WHERE c.id IN m.roleTargets RETURN a.id ORDER BY a.id } AS articleIds`,
    });
    expect(roles).toEqual([
      { of: 'country:RUS', title: 'Foreign Minister', articleCount: 2, articleIds: ['art:fx-one', 'art:fx-two'], firstSeen: '2026-03-02', lastSeen: '2026-04-14' },
    ]);
    const said = await executor.read({ cypher: `MATCH (:Person {id: 'person:sergey-lavrov'})-[:SAID]->(s) RETURN s.verb AS verb ORDER BY verb` });
    expect(said).toEqual([{ verb: 'said' }, { verb: 'warned' }]);
    const treaty = await executor.read({
      cypher: `MATCH (t:Treaty) OPTIONAL MATCH (c:Country)-[:PARTY_TO]->(t) RETURN t.status AS status, t.signedAt AS signedAt, collect(c.id) AS parties`,
    });
    expect(treaty).toEqual([{ status: 'ratification pending', signedAt: '2025-05', parties: expect.arrayContaining(['country:RUS', 'country:VEN']) }]);
  });

  it('re-ingesting the same articles changes nothing', async () => {
    const before = await graphCounts(executor);
    const outcome = await ingestFixtures(executor, diplomacyFixtures());
    expect(outcome.report).toMatchObject({ articlesNew: 0, articlesUpdated: 0, articlesUnchanged: 3, articlesFailed: 0 });
    expect(await graphCounts(executor)).toEqual(before);
  });

  it('forcing a re-store of unchanged articles also leaves the same graph', async () => {
    const before = await graphCounts(executor);
    const outcome = await ingestFixtures(executor, diplomacyFixtures(), { force: true });
    expect(outcome.report).toMatchObject({ articlesUpdated: 3, articlesFailed: 0 });
    expect(await graphCounts(executor)).toEqual(before);
    expect(await checkGraph(executor)).toEqual([]);
  });

  it('a changed article replaces its facts: Ryabkov and the ministry go, Lavrov keeps only the other evidence', async () => {
    const changed = fixture('art:fx-two', 'Sergei Lavrov warned Washington again on Tuesday about the sanctions.', '2026-04-14');
    const usa = addCountry(changed, 'USA', 'United States', ['Washington']);
    const lavrov = addPerson(changed, 'person:sergei-lavrov', 'Sergei Lavrov', ['Sergei Lavrov']);
    addStatement(changed, lavrov, 'warned Washington', 'warned', [usa]);
    const [one, , three] = diplomacyFixtures();
    const outcome = await ingestFixtures(executor, [one!, changed, three!]);
    expect(outcome.report).toMatchObject({ articlesUnchanged: 2, articlesUpdated: 1, articlesFailed: 0 });
    const ids = await executor.read<{ id: string }>({ cypher: 'MATCH (n) WHERE n:Person OR n:Organization RETURN n.id AS id ORDER BY id' });
    expect(ids.map((r) => r.id)).toEqual(['org:nato', 'person:mark-rutte', 'person:sergey-lavrov']);
    const role = await executor.read({ cypher: `MATCH (p:Person {id: 'person:sergey-lavrov'})-[r:HOLDS_ROLE]->(c) RETURN r.articleCount AS n, COLLECT { MATCH (p)<-[m:MENTIONS]-(a:Article) WHERE c.id IN m.roleTargets RETURN a.id } AS ids, r.firstSeen AS first, r.lastSeen AS last` });
    expect(role).toEqual([{ n: 1, ids: ['art:fx-one'], first: '2026-03-02', last: '2026-03-02' }]);
    expect(await graphCounts(executor)).toMatchObject({ Article: 3, Person: 2, Statement: 4, Organization: 1 });
    expect(await checkGraph(executor)).toEqual([]);
  });

  it('the batch size does not change the graph', async () => {
    await clearGraph(executor);
    await ingestFixtures(executor, manyFixtures(60), { batchSize: 1 });
    const oneByOne = await graphCounts(executor);
    await clearGraph(executor);
    await ingestFixtures(executor, manyFixtures(60), { batchSize: 25 });
    expect(await graphCounts(executor)).toEqual(oneByOne);
    expect(await checkGraph(executor)).toEqual([]);
  });
});
