import { describe, expect, it } from 'vitest';
import { useApiCorpus } from '../../_utils/apiCorpus';

const { gql } = useApiCorpus();

const NEIGHBORHOOD = `query ($ids: [ID!]!, $depth: Int, $kinds: [EntityKind!], $since: Date, $until: Date, $limit: Int) {
  neighborhood(ids: $ids, depth: $depth, kinds: $kinds, since: $since, until: $until, limit: $limit) {
    total truncated nodes { id kind label weight } edges { id source target type label weight count tone firstSeen lastSeen } } }`;
const hood = async (vars: Record<string, unknown>) => (await gql.data(NEIGHBORHOOD, vars)).neighborhood;
const nodeIds = (g: any) => g.nodes.map((n: any) => n.id);
const edgeIds = (g: any) => g.edges.map((e: any) => e.id);

describe('neighborhood', () => {
  it('gives the nodes one hop away, heaviest first, and the relationships that reach them, with their aggregates', async () => {
    expect(await hood({ ids: ['country:RUS'] })).toEqual({
      total: 7, truncated: false,
      nodes: [
        { id: 'country:RUS', kind: 'COUNTRY', label: 'Russia', weight: 5 },
        { id: 'country:USA', kind: 'COUNTRY', label: 'United States', weight: 4 },
        { id: 'person:sergey-lavrov', kind: 'PERSON', label: 'Sergey Lavrov', weight: 3 },
        { id: 'org:russian-foreign-ministry', kind: 'ORGANIZATION', label: 'Russian Foreign Ministry', weight: 2 },
        { id: 'person:mark-rutte', kind: 'PERSON', label: 'Mark Rutte', weight: 1 },
        { id: 'person:nicolas-maduro', kind: 'PERSON', label: 'Nicolás Maduro', weight: 1 },
        { id: 'treaty:strategic-partnership-treaty', kind: 'TREATY', label: 'Strategic Partnership Treaty', weight: 1 },
      ],
      edges: [
        { id: 'HOLDS_ROLE:person:sergey-lavrov->country:RUS#foreign minister', source: 'person:sergey-lavrov', target: 'country:RUS', type: 'HOLDS_ROLE', label: 'Foreign Minister', weight: 1, count: 1, tone: null, firstSeen: '2025-01-15', lastSeen: '2025-01-15' },
        { id: 'PART_OF:org:russian-foreign-ministry->country:RUS', source: 'org:russian-foreign-ministry', target: 'country:RUS', type: 'PART_OF', label: 'part of', weight: 2, count: 2, tone: null, firstSeen: '2025-03-10', lastSeen: '2025-06-05' },
        { id: 'PARTY_TO:country:RUS->treaty:strategic-partnership-treaty', source: 'country:RUS', target: 'treaty:strategic-partnership-treaty', type: 'PARTY_TO', label: 'party to', weight: 1, count: 1, tone: null, firstSeen: '2025-01-15', lastSeen: '2025-01-15' },
        { id: 'SPOKE_ABOUT:country:RUS->country:USA', source: 'country:RUS', target: 'country:USA', type: 'SPOKE_ABOUT', label: '1 statement', weight: 1, count: 1, tone: 1, firstSeen: '2025-03-18', lastSeen: '2025-03-18' },
        { id: 'SPOKE_ABOUT:org:russian-foreign-ministry->country:USA', source: 'org:russian-foreign-ministry', target: 'country:USA', type: 'SPOKE_ABOUT', label: '1 statement', weight: 1, count: 1, tone: -1, firstSeen: '2025-06', lastSeen: '2025-06' },
        { id: 'SPOKE_ABOUT:person:mark-rutte->country:RUS', source: 'person:mark-rutte', target: 'country:RUS', type: 'SPOKE_ABOUT', label: '1 statement', weight: 1, count: 1, tone: 3, firstSeen: '2025-03-20', lastSeen: '2025-03-20' },
        { id: 'SPOKE_ABOUT:person:nicolas-maduro->country:RUS', source: 'person:nicolas-maduro', target: 'country:RUS', type: 'SPOKE_ABOUT', label: '1 statement', weight: 1, count: 1, tone: 3.5, firstSeen: '2025-03-10', lastSeen: '2025-03-10' },
        // A link between two neighbours (the outer ring is small, so its links are part of the answer).
        { id: 'SPOKE_ABOUT:person:sergey-lavrov->country:USA', source: 'person:sergey-lavrov', target: 'country:USA', type: 'SPOKE_ABOUT', label: '2 statements', weight: 2, count: 2, tone: -3.5, firstSeen: '2025-01-15', lastSeen: '2025-06-05' },
      ],
    });
  });

  it('gives each edge its evidence sentences, newest first, slicing the article text exactly', async () => {
    const data = await gql.data(`{ neighborhood(ids: ["org:russian-foreign-ministry"]) { edges { id evidence { text start end article { id text } } } } }`);
    for (const edge of data.neighborhood.edges) for (const ev of edge.evidence) expect(ev.article.text.slice(ev.start, ev.end)).toBe(ev.text);
    const shown = data.neighborhood.edges.map((e: any) => [e.id, e.evidence.map((ev: any) => [ev.article.id, ev.text])]);
    expect(shown).toEqual([
      ['HOLDS_ROLE:person:maria-zakharova->org:russian-foreign-ministry#spokeswoman', [['art:api-two', 'Maria Zakharova, spokeswoman of the Russian Foreign Ministry, criticised Washington on Monday.']]],
      ['PART_OF:org:russian-foreign-ministry->country:RUS', [
        ['art:api-four', 'The Russian Foreign Ministry denied reports of a summit in June.'],
        ['art:api-two', 'Maria Zakharova, spokeswoman of the Russian Foreign Ministry, criticised Washington on Monday.'],
      ]],
      ['SPOKE_ABOUT:country:RUS->country:USA', [['art:api-three', 'Russia said on March 18 it was ready for talks with the United States.']]],
      ['SPOKE_ABOUT:org:russian-foreign-ministry->country:USA', [['art:api-four', 'The Russian Foreign Ministry denied reports of a summit in June.']]],
      ['SPOKE_ABOUT:person:maria-zakharova->country:USA', [['art:api-two', 'Maria Zakharova, spokeswoman of the Russian Foreign Ministry, criticised Washington on Monday.']]],
    ]);
  });

  it('goes further with depth, filters by kind, and cuts to the heaviest nodes under limit', async () => {
    const two = await hood({ ids: ['country:RUS'], depth: 2 });
    expect([two.total, two.truncated, [...nodeIds(two)].sort()]).toEqual([10, false, [
      'country:RUS', 'country:USA', 'country:VEN', 'org:nato', 'org:russian-foreign-ministry', 'person:maria-zakharova',
      'person:mark-rutte', 'person:nicolas-maduro', 'person:sergey-lavrov', 'treaty:strategic-partnership-treaty',
    ]]);
    const persons = await hood({ ids: ['country:RUS'], kinds: ['PERSON'] });
    expect([persons.total, nodeIds(persons), edgeIds(persons)]).toEqual([4, ['country:RUS', 'person:sergey-lavrov', 'person:mark-rutte', 'person:nicolas-maduro'], [
      'HOLDS_ROLE:person:sergey-lavrov->country:RUS#foreign minister', 'SPOKE_ABOUT:person:mark-rutte->country:RUS', 'SPOKE_ABOUT:person:nicolas-maduro->country:RUS',
    ]]);
    const cut = await hood({ ids: ['country:RUS'], limit: 3 });
    expect([cut.total, cut.truncated, nodeIds(cut), edgeIds(cut)]).toEqual([7, true, ['country:RUS', 'country:USA', 'person:sergey-lavrov'], [
      'HOLDS_ROLE:person:sergey-lavrov->country:RUS#foreign minister', 'SPOKE_ABOUT:country:RUS->country:USA', 'SPOKE_ABOUT:person:sergey-lavrov->country:USA',
    ]]);
    const twoEdges = edgeIds(two);
    expect(twoEdges).toContain('SPOKE_ABOUT:person:sergey-lavrov->country:USA'); // between two nodes of the inner ring
    const several = await hood({ ids: ['org:nato', 'person:nicolas-maduro'] });
    expect([several.total, nodeIds(several)]).toEqual([5, ['org:nato', 'person:nicolas-maduro', 'country:RUS', 'country:VEN', 'person:mark-rutte']]);
  });

  it('keeps only relationships whose evidence falls in the window (a month-only date counts from its first day)', async () => {
    const june = await hood({ ids: ['country:RUS'], since: '2025-06-01' });
    expect([june.total, nodeIds(june), edgeIds(june)]).toEqual([2, ['country:RUS', 'org:russian-foreign-ministry'], ['PART_OF:org:russian-foreign-ministry->country:RUS']]);
    const january = await hood({ ids: ['country:RUS'], until: '2025-01-31' });
    expect([january.total, nodeIds(january), edgeIds(january)]).toEqual([3, ['country:RUS', 'person:sergey-lavrov', 'treaty:strategic-partnership-treaty'], [
      'HOLDS_ROLE:person:sergey-lavrov->country:RUS#foreign minister', 'PARTY_TO:country:RUS->treaty:strategic-partnership-treaty',
    ]]);
    const mfaJune = await hood({ ids: ['org:russian-foreign-ministry'], since: '2025-06-01', until: '2025-06-30' });
    expect(edgeIds(mfaJune)).toEqual(['PART_OF:org:russian-foreign-ministry->country:RUS', 'SPOKE_ABOUT:org:russian-foreign-ministry->country:USA']);
  });

  it('gives an empty graph for unknown ids and BAD_USER_INPUT naming the argument for bad ones', async () => {
    expect(await hood({ ids: ['person:nobody'] })).toEqual({ total: 0, truncated: false, nodes: [], edges: [] });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ids: [] }, 'ids'], [{ ids: Array.from({ length: 51 }, (_, i) => `person:p${i}`) }, 'ids'], [{ ids: ['RUS'] }, 'ids'],
      [{ ids: ['country:RUS'], depth: 0 }, 'depth'], [{ ids: ['country:RUS'], depth: 4 }, 'depth'],
      [{ ids: ['country:RUS'], limit: 0 }, 'limit'], [{ ids: ['country:RUS'], limit: 5001 }, 'limit'],
      [{ ids: ['country:RUS'], since: '2025-02-30' }, 'since'], [{ ids: ['country:RUS'], until: '2025/01/01' }, 'until'],
      [{ ids: ['country:RUS'], since: '2025-03-01', until: '2025-02-01' }, 'since'],
    ];
    for (const [vars, arg] of cases) {
      const res = await gql.raw(NEIGHBORHOOD, vars);
      expect(res.errors?.[0], JSON.stringify(vars)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(new RegExp(`^${arg}: `)) });
    }
  });

  it('answers a bad literal argument, written in the query itself, with BAD_USER_INPUT naming it', async () => {
    const literals: Array<[string, string]> = [
      ['{ neighborhood(ids: ["country:RUS"], kinds: [PERSN]) { total } }', 'kinds'],
      ['{ neighborhood(ids: ["country:RUS"], depth: "two") { total } }', 'depth'],
      ['{ neighborhood(ids: ["country:RUS"], since: 20250101) { total } }', 'since'],
      ['{ search(query: "x", kinds: [COUNTRY, PLANET]) { id } }', 'kinds'],
    ];
    for (const [query, argument] of literals) {
      const res = await gql.raw(query);
      expect(res.errors, query).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument } })]);
    }
    // Not about an argument's value: still a validation failure of the query.
    expect((await gql.raw('{ neighborhood(ids: ["country:RUS"]) { totl } }')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

const PATH = `query ($from: ID!, $to: ID!, $maxHops: Int) { path(from: $from, to: $to, maxHops: $maxHops) {
  total truncated nodes { id } edges { id evidence(first: 1) { text article { id } } } } }`;

describe('path', () => {
  it('gives every shortest connection as one graph, with evidence on each edge', async () => {
    const data = await gql.data(PATH, { from: 'person:maria-zakharova', to: 'person:nicolas-maduro' });
    expect([data.path.total, data.path.truncated, [...nodeIds(data.path)].sort()]).toEqual([5, false, [
      'country:RUS', 'country:USA', 'org:russian-foreign-ministry', 'person:maria-zakharova', 'person:nicolas-maduro',
    ]]);
    expect(data.path.edges).toEqual([
      { id: 'HOLDS_ROLE:person:maria-zakharova->org:russian-foreign-ministry#spokeswoman', evidence: [{ text: 'Maria Zakharova, spokeswoman of the Russian Foreign Ministry, criticised Washington on Monday.', article: { id: 'art:api-two' } }] },
      { id: 'PART_OF:org:russian-foreign-ministry->country:RUS', evidence: [{ text: 'The Russian Foreign Ministry denied reports of a summit in June.', article: { id: 'art:api-four' } }] },
      { id: 'SPOKE_ABOUT:country:RUS->country:USA', evidence: [{ text: 'Russia said on March 18 it was ready for talks with the United States.', article: { id: 'art:api-three' } }] },
      { id: 'SPOKE_ABOUT:person:maria-zakharova->country:USA', evidence: [{ text: 'Maria Zakharova, spokeswoman of the Russian Foreign Ministry, criticised Washington on Monday.', article: { id: 'art:api-two' } }] },
      { id: 'SPOKE_ABOUT:person:nicolas-maduro->country:RUS', evidence: [{ text: 'Venezuelan President Nicolás Maduro praised Moscow for its support.', article: { id: 'art:api-two' } }] },
    ]);
  });

  it('finds nothing beyond maxHops, one node from an entity to itself, and refuses bad arguments', async () => {
    expect((await gql.data(PATH, { from: 'person:maria-zakharova', to: 'person:nicolas-maduro', maxHops: 2 })).path).toEqual({ total: 0, truncated: false, nodes: [], edges: [] });
    expect((await gql.data(PATH, { from: 'org:nato', to: 'org:nato' })).path).toEqual({ total: 1, truncated: false, nodes: [{ id: 'org:nato' }], edges: [] });
    expect((await gql.data(PATH, { from: 'org:nato', to: 'person:nobody' })).path).toEqual({ total: 0, truncated: false, nodes: [], edges: [] });
    for (const [vars, arg] of [[{ from: 'x', to: 'org:nato' }, 'from'], [{ from: 'org:nato', to: '' }, 'to'], [{ from: 'org:nato', to: 'country:RUS', maxHops: 7 }, 'maxHops'], [{ from: 'org:nato', to: 'country:RUS', maxHops: 0 }, 'maxHops']] as const) {
      const res = await gql.raw(PATH, vars);
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(new RegExp(`^${arg}: `)) });
    }
  });
});
