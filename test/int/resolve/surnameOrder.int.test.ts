import { beforeEach, describe, expect, it } from 'vitest';
import type { Executor } from '../../../api/src/db/executor';
import type { ExtractionResult } from '../../../api/src/extract/types';
import type { Article } from '../../../api/src/source/types';
import { checkGraph } from '../../../api/src/store/index';
import { novakFixtures } from '../../_utils/novakFixtures';
import type { StoreFixture } from '../../_utils/storeFixtures';
import { ingestFixtures } from '../../_utils/storeHelpers';
import { clearGraph, getTestExecutor } from '../../_utils/testDb';

const executor = getTestExecutor();
const f = novakFixtures();

// Every stored article can be extracted again (re-examination reads it back from the graph), whichever call stored it.
const all = new Map<string, ExtractionResult>(Object.values(f).map((x) => [x.article.id, x.extraction]));
const extract = (article: Article): ExtractionResult => all.get(article.id)!;

/** Ingests the fixtures one call (one batch) per group, in the order given. */
async function ingestInOrder(groups: StoreFixture[][]) {
  const reports = [];
  for (const group of groups) {
    const outcome = await ingestFixtures(executor, group, { extract });
    expect(outcome.phase).toBe('done');
    reports.push(outcome.report);
  }
  return reports;
}

/** The person side of the graph: who each article mentions, with texts and role evidence, each person's roles and statements. */
async function personGraph(target: Executor) {
  const mentions = await target.read({
    cypher: `MATCH (a:Article)-[m:MENTIONS]->(p:Person)
             RETURN a.id AS article, p.id AS person, m.texts AS texts, m.roleTargets AS roleTargets ORDER BY article, person`,
  });
  const persons = await target.read<{ id: string; name: string; aliases: string[]; roles: unknown[]; said: string[] }>({
    cypher: `MATCH (p:Person)
             RETURN p.id AS id, p.name AS name, COLLECT { UNWIND p.aliases AS x RETURN DISTINCT x ORDER BY x } AS aliases,
                    COLLECT { MATCH (p)-[r:HOLDS_ROLE]->(t) RETURN [t.id, r.titleKey, r.articleCount] ORDER BY t.id } AS roles,
                    COLLECT { MATCH (p)-[:SAID]->(s) RETURN s.id ORDER BY s.id } AS said
             ORDER BY id`,
  });
  return { mentions, persons };
}

// The first test also pays for query planning on a cold server; on a busy 2-core machine that alone can take a minute.
describe('resolve: surname-only persons do not depend on ingest order', { timeout: 400_000 }, () => {
  beforeEach(async () => {
    await clearGraph(executor);
  });

  it('a full name then its surname, or the surname then its full name, give the same graph', async () => {
    await ingestInOrder([[f.greta], [f.warsawNovak]]);
    const forward = await personGraph(executor);
    expect(forward.mentions).toEqual([
      { article: 'art:nv-greta', person: 'person:greta-novak', texts: ['Greta Novak'], roleTargets: ['country:POL'] },
      { article: 'art:nv-warsaw', person: 'person:greta-novak', texts: ['Novak'], roleTargets: [] },
    ]);
    await clearGraph(executor);
    const [first, second] = await ingestInOrder([[f.warsawNovak], [f.greta]]);
    expect(first).toMatchObject({ articlesNew: 1 });
    expect(second).toMatchObject({ articlesNew: 1, articlesUpdated: 0, articlesFailed: 0, failures: [] });
    expect(await personGraph(executor)).toEqual(forward);
    expect(await checkGraph(executor)).toEqual([]);
  });

  it('undoes a wrong early link when a second full name with the surname appears, as if the articles came in the best order', async () => {
    await ingestInOrder([[f.greta], [f.santiagoNovak]]);
    const early = await executor.read({ cypher: `MATCH (:Article {id: 'art:nv-santiago'})-[:MENTIONS]->(p:Person) RETURN p.id AS id` });
    expect(early).toEqual([{ id: 'person:greta-novak' }]);

    const [late] = await ingestInOrder([[f.ivo]]);
    expect(late).toMatchObject({ articlesNew: 1, articlesUpdated: 0, articlesFailed: 0 });
    const relinked = await personGraph(executor);
    expect(relinked.mentions).toEqual([
      { article: 'art:nv-greta', person: 'person:greta-novak', texts: ['Greta Novak'], roleTargets: ['country:POL'] },
      { article: 'art:nv-ivo', person: 'person:ivo-novak', texts: ['Ivo Novak'], roleTargets: ['country:CHL'] },
      { article: 'art:nv-santiago', person: 'person:ivo-novak', texts: ['Novak'], roleTargets: [] },
    ]);
    expect(await checkGraph(executor)).toEqual([]);

    // Aliases only accumulate (store/README.md): Greta keeps the surname the undone link gave her, which is hers anyway.
    expect(relinked.persons.find((p) => p.id === 'person:greta-novak')?.aliases).toEqual(['Greta Novak', 'Novak']);
    await clearGraph(executor);
    await ingestInOrder([[f.ivo, f.greta, f.santiagoNovak]]);
    const best = await personGraph(executor);
    expect(best.mentions).toEqual(relinked.mentions);
    expect(best.persons).toEqual(relinked.persons.map((p) => (p.id === 'person:greta-novak' ? { ...p, aliases: ['Greta Novak'] } : p)));
  });

  it('five articles in opposite orders, one batch each, give the same graph; forcing them again changes nothing', async () => {
    const order = [f.greta, f.warsawNovak, f.chileanMinisterNovak, f.santiagoNovak, f.ivo];
    await ingestInOrder(order.map((x) => [x]));
    const forward = await personGraph(executor);
    expect(forward.mentions.map((m) => [m.article, m.person])).toEqual([
      ['art:nv-greta', 'person:greta-novak'],
      ['art:nv-ivo', 'person:ivo-novak'],
      ['art:nv-minister', 'person:ivo-novak'],
      ['art:nv-santiago', 'person:ivo-novak'],
      ['art:nv-warsaw', 'person:greta-novak'],
    ]);
    expect(await checkGraph(executor)).toEqual([]);

    await clearGraph(executor);
    await ingestInOrder([...order].reverse().map((x) => [x]));
    expect(await personGraph(executor)).toEqual(forward);

    const [again] = await ingestInOrder([order]);
    expect(again).toMatchObject({ articlesUnchanged: 5 });
    await ingestFixtures(executor, order, { extract, force: true });
    expect(await personGraph(executor)).toEqual(forward);
    expect(await checkGraph(executor)).toEqual([]);
  });
});
