import { beforeEach, describe, expect, it } from 'vitest';
import { ingestChunks } from '../../../api/src/ingest/index';
import type { Article } from '../../../api/src/source/types';
import { checkGraph } from '../../../api/src/store/index';
import { clearGraph, getTestExecutor } from '../../_utils/testDb';

const executor = getTestExecutor();

// Short articles written for this test, read by the real extractor: one Chile–Norway treaty under three writings, and other documents.
const BODIES: Record<string, [string, string]> = {
  signed: ['2026-03-02', 'Chile and Norway signed a fisheries cooperation treaty in Oslo on Monday. Norwegian officials said the fisheries cooperation treaty would enter into force next year. Fishermen welcomed the fisheries cooperation treaty.'],
  ratified: ['2026-03-03', 'The Chilean Senate on Tuesday ratified the ten-year fisheries cooperation treaty with Norway. Senators said the treaty protects coastal communities.'],
  bare: ['2026-03-04', 'Chile and Norway are still negotiating a treaty, officials in Santiago said on Wednesday. The two countries hope the treaty will be ready by June.'],
  trade: ['2026-03-05', 'Chile and Norway also signed a trade agreement on Monday. Officials said the trade agreement cuts tariffs on salmon and copper.'],
  defence: ['2026-03-06', 'Chile and Norway signed a defence treaty in Santiago on Friday. The defence treaty allows joint naval exercises.'],
};

const article = (key: keyof typeof BODIES): Article => {
  const [publishedAt, body] = BODIES[key]!;
  return { id: `art:cn-${key}`, title: null, summary: null, url: null, publishedAt, source: 'test', body, origin: { file: null, line: null } };
};

/** Ingests the articles one call (one batch) per group, in the order given. */
async function ingestInOrder(groups: Array<Array<keyof typeof BODIES>>) {
  for (const group of groups) {
    const outcome = await ingestChunks(executor, [{ articles: group.map(article), failures: [], bytes: 0 }]);
    expect(outcome.phase).toBe('done');
    expect(outcome.report.articlesFailed).toBe(0);
  }
}

/** The treaty side of the graph: each treaty with its name, aliases, parties and the articles that mention it. */
async function treatyGraph() {
  return executor.read<{ id: string; name: string; aliases: string[]; parties: string[]; articles: string[]; mentionCount: number }>({
    cypher: `MATCH (t:Treaty)
             RETURN t.id AS id, t.name AS name, COLLECT { UNWIND t.aliases AS x RETURN DISTINCT x ORDER BY x } AS aliases,
                    COLLECT { MATCH (c:Country)-[:PARTY_TO]->(t) RETURN c.id ORDER BY c.id } AS parties,
                    COLLECT { MATCH (a:Article)-[:MENTIONS]->(t) RETURN a.id ORDER BY a.id } AS articles, t.mentionCount AS mentionCount
             ORDER BY id`,
  });
}

const PARTIES = ['country:CHL', 'country:NOR'];
const FISHERIES = {
  id: 'treaty:chile-norway-fisheries-cooperation-treaty',
  name: 'Chile–Norway fisheries cooperation treaty',
  aliases: [
    'Chile–Norway fisheries cooperation treaty', 'Chile–Norway ten-year fisheries cooperation treaty', 'Chile–Norway treaty', 'a fisheries cooperation treaty',
    'a treaty', 'fisheries cooperation treaty', 'ten-year fisheries cooperation treaty', 'the fisheries cooperation treaty', 'the ten-year fisheries cooperation treaty', 'the treaty', 'treaty',
  ],
  parties: PARTIES,
  articles: ['art:cn-bare', 'art:cn-ratified', 'art:cn-signed'],
};
const TRADE = { id: 'treaty:chile-norway-trade-agreement', name: 'Chile–Norway trade agreement', parties: PARTIES, articles: ['art:cn-trade'] };

// The first test also pays for query planning on a cold server.
describe('resolve: shorter names of one treaty join it across articles', { timeout: 300_000 }, () => {
  beforeEach(async () => {
    await clearGraph(executor);
  });

  it('a bare and a dated writing join the longest name of the same parties; another kind of document stays apart', async () => {
    await ingestInOrder([['signed', 'ratified', 'bare', 'trade']]);
    const treaties = await treatyGraph();
    expect(treaties.map((t) => t.id)).toEqual([FISHERIES.id, TRADE.id]);
    expect(treaties[0]).toMatchObject(FISHERIES);
    expect(treaties[1]).toMatchObject(TRADE);
    expect(await checkGraph(executor)).toEqual([]);
  });

  // Which of two equally worded names (with or without "ten-year") names the node does depend on order: a stored one keeps its id.
  it('a stored shorter name moves onto a longer one a later batch brings, giving the graph of the other order', async () => {
    await ingestInOrder([['signed', 'ratified', 'bare', 'trade']]);
    const together = await treatyGraph();
    await clearGraph(executor);
    await ingestInOrder([['bare', 'trade'], ['signed', 'ratified']]);
    const apart = await treatyGraph();
    expect(apart.map(({ aliases: _, ...t }) => t)).toEqual(together.map(({ aliases: _, ...t }) => t));
    // The bare writing's node is gone; its own name stays an alias of the node it joined.
    expect(apart[0]!.aliases).toEqual(expect.arrayContaining(['Chile–Norway treaty', 'Chile–Norway ten-year fisheries cooperation treaty']));
    expect(await checkGraph(executor)).toEqual([]);
  });

  it('a bare name two treaties of the parties could take stays on its own', async () => {
    await ingestInOrder([['signed', 'defence'], ['bare']]);
    const treaties = await treatyGraph();
    expect(treaties.map((t) => [t.id, t.articles])).toEqual([
      ['treaty:chile-norway-defence-treaty', ['art:cn-defence']],
      [FISHERIES.id, ['art:cn-signed']],
      ['treaty:chile-norway-treaty', ['art:cn-bare']],
    ]);
    expect(await checkGraph(executor)).toEqual([]);
  });
});
