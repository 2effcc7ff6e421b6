import { describe, expect, it } from 'vitest';
import { useApiCorpus } from '../../_utils/apiCorpus';

const { gql } = useApiCorpus();

type Page = { statementsAmong: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string; saidAt: string | null; speaker: { id: string }; about: Array<{ id: string }> } }> } };
const AMONG = `query ($ids: [ID!]!, $since: Date, $until: Date, $first: Int, $after: String) {
  statementsAmong(ids: $ids, since: $since, until: $until, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id saidAt speaker { id } about { id } } }
  }
}`;
const BY = `query ($speaker: ID!, $about: ID!) { statements(speaker: $speaker, about: $about, first: 100) { edges { node { id saidAt } } } }`;

/** Every page of statementsAmong, in order. */
async function allAmong(ids: string[], first: number, extra: Record<string, unknown> = {}) {
  const nodes: Page['statementsAmong']['edges'][number]['node'][] = [];
  let after: string | null = null;
  let totals = new Set<number>();
  for (let i = 0; i < 50; i++) {
    const { statementsAmong: page }: Page = await gql.data<Page>(AMONG, { ids, first, after, ...extra });
    totals.add(page.totalCount);
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes, totals };
}

/** What `statements` says, pair by pair, about the same question: dated statements by one entity about another, newest first. */
async function byPairs(ids: string[]) {
  const seen = new Map<string, string>();
  for (const a of ids)
    for (const b of ids) {
      if (a === b) continue;
      const data = await gql.data<{ statements: { edges: Array<{ node: { id: string; saidAt: string | null } }> } }>(BY, { speaker: a, about: b });
      for (const { node } of data.statements.edges) if (node.saidAt) seen.set(node.id, node.saidAt);
    }
  return seen;
}

describe('statementsAmong', () => {
  it('gives the dated statements by one entity about another, each once, the same set as statements pair by pair', async () => {
    const ids = ['country:RUS', 'country:USA', 'country:VEN', 'person:sergey-lavrov'];
    const expected = await byPairs(ids);
    expect(expected.size).toBeGreaterThanOrEqual(3);
    const { nodes, totals } = await allAmong(ids, 1);
    expect(new Set(nodes.map((n) => n.id))).toEqual(new Set(expected.keys()));
    expect(nodes).toHaveLength(expected.size);
    expect([...totals]).toEqual([expected.size]);
    for (const n of nodes) {
      expect(ids).toContain(n.speaker.id);
      expect(n.about.some((x) => x.id !== n.speaker.id && ids.includes(x.id))).toBe(true);
    }
    const dates = nodes.map((n) => n.saidAt!);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('keeps to a date window and leaves out statements about entities outside the set', async () => {
    const four = ['country:RUS', 'country:USA', 'country:VEN', 'person:sergey-lavrov'];
    const { nodes: all } = await allAmong(four, 500);
    const days = [...new Set(all.map((n) => n.saidAt!.slice(0, 10)))].sort();
    expect(days.length).toBeGreaterThan(1);
    const since = days[1]!;
    const { nodes: windowed, totals } = await allAmong(four, 500, { since });
    expect(windowed.map((n) => n.id)).toEqual(all.filter((n) => n.saidAt!.slice(0, 10) >= since).map((n) => n.id));
    expect([...totals]).toEqual([windowed.length]);
    // One entity alone has no other entity to be about.
    expect((await allAmong(['country:RUS'], 10)).nodes).toEqual([]);
  });

  it('refuses bad ids, bounds and cursors, naming the argument', async () => {
    const tooMany = Array.from({ length: 2001 }, (_, i) => `person:p${i}`);
    for (const [vars, arg] of [
      [{ ids: [] }, 'ids'], [{ ids: tooMany }, 'ids'], [{ ids: ["'}) DETACH DELETE n //"] }, 'ids'],
      [{ ids: ['country:RUS'], first: 0 }, 'first'], [{ ids: ['country:RUS'], first: 501 }, 'first'],
      [{ ids: ['country:RUS'], after: 'bm90IGEgY3Vyc29y' }, 'after'], [{ ids: ['country:RUS'], since: '2025-02-30' }, 'since'],
    ] as const) {
      const res = await gql.raw(AMONG, vars);
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(new RegExp(`^${arg}: `)) });
    }
  });

  it('relationStatements gives exactly the statements behind the given relations, each once', async () => {
    const REL = `query ($relations: [RelationInput!]!, $first: Int, $after: String) {
      relationStatements(relations: $relations, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id saidAt speaker { id } about { id } } }
      }
    }`;
    const relations = [{ speaker: 'country:RUS', subject: 'country:USA' }, { speaker: 'country:USA', subject: 'country:RUS' }, { speaker: 'person:sergey-lavrov', subject: 'country:USA' }];
    const expected = new Map<string, string>();
    for (const r of relations) {
      const data = await gql.data<{ statements: { edges: Array<{ node: { id: string; saidAt: string | null } }> } }>(BY, { speaker: r.speaker, about: r.subject });
      for (const { node } of data.statements.edges) if (node.saidAt) expected.set(node.id, node.saidAt);
    }
    expect(expected.size).toBeGreaterThan(0);
    const nodes: Array<{ id: string; saidAt: string }> = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const { relationStatements: page }: { relationStatements: Page['statementsAmong'] } = await gql.data(REL, { relations, first: 1, after });
      expect(page.totalCount).toBe(expected.size);
      nodes.push(...page.edges.map((e) => ({ id: e.node.id, saidAt: e.node.saidAt! })));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(nodes.map((n) => n.id))).toEqual(new Set(expected.keys()));
    expect(nodes).toHaveLength(expected.size);
    // Narrower than statementsAmong over the same entities: RUS about Lavrov is not asked for.
    const { nodes: among } = await allAmong(['country:RUS', 'country:USA', 'person:sergey-lavrov'], 500);
    expect(among.length).toBeGreaterThanOrEqual(nodes.length);
    for (const [vars, arg] of [[{ relations: [] }, 'relations'], [{ relations: [{ speaker: 'x', subject: 'country:RUS' }] }, 'relations']] as const) {
      const res = await gql.raw(REL, vars);
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(new RegExp(`^${arg}: `)) });
    }
  });
});
