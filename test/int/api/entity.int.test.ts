import { describe, expect, it } from 'vitest';
import { useApiCorpus } from '../../_utils/apiCorpus';

const { gql, fixtures, statements: s } = useApiCorpus();
const body = (id: string) => fixtures.find((f) => f.article.id === id)!.article.body;

describe('entity', () => {
  it('gives a person with roles, evidence that slices the article text, statements and articles', async () => {
    const data = await gql.data(`{ entity(id: "person:sergey-lavrov") {
      __typename id kind name aliases mentionCount articleCount firstSeen lastSeen
      ... on Person {
        roles { title of { id kind name } firstSeen lastSeen articleCount evidence { text start end article { id text } } }
        statements(first: 1) { totalCount pageInfo { hasNextPage } edges { node { id quote text verb tone saidAt datePrecision dateSource
          category { code label } speaker { id } about { id } article { id } span { start end } } } }
        statementsAbout { totalCount edges { node { id } } }
        articles(first: 5) { totalCount pageInfo { hasNextPage } edges { node { id publishedAt } } }
      } } }`);
    const role = data.entity.roles[0];
    expect(role.evidence[0].article.text.slice(role.evidence[0].start, role.evidence[0].end)).toBe(role.evidence[0].text);
    delete role.evidence[0].article.text;
    expect(data.entity).toEqual({
      __typename: 'Person', id: 'person:sergey-lavrov', kind: 'PERSON', name: 'Sergey Lavrov', aliases: ['Lavrov'],
      mentionCount: 3, articleCount: 2, firstSeen: '2025-01-15', lastSeen: '2025-06-05',
      roles: [{
        title: 'Foreign Minister', of: { id: 'country:RUS', kind: 'COUNTRY', name: 'Russia' }, firstSeen: '2025-01-15', lastSeen: '2025-01-15', articleCount: 1,
        evidence: [{ text: 'Russian Foreign Minister Sergey Lavrov met envoys from Caracas in Moscow on Wednesday.', start: 0, end: 86, article: { id: 'art:api-one' } }],
      }],
      statements: {
        totalCount: 2, pageInfo: { hasNextPage: true },
        edges: [{ node: {
          id: s.s6, quote: 'stalling the talks', text: 'Lavrov accused Washington of "stalling the talks".', verb: 'accused', tone: -3,
          saidAt: '2025-06-05', datePrecision: 'DAY', dateSource: 'PUBLICATION', category: { code: '11', label: 'Disapprove' },
          speaker: { id: 'person:sergey-lavrov' }, about: [{ id: 'country:USA' }], article: { id: 'art:api-four' }, span: { start: 0, end: 50 },
        } }],
      },
      statementsAbout: { totalCount: 0, edges: [] },
      articles: { totalCount: 2, pageInfo: { hasNextPage: false }, edges: [{ node: { id: 'art:api-four', publishedAt: '2025-06-05' } }, { node: { id: 'art:api-one', publishedAt: '2025-01-15' } }] },
    });
    expect(body('art:api-four').slice(0, 50)).toBe('Lavrov accused Washington of "stalling the talks".');
  });

  it('gives a country with its people (also through its bodies), bodies, treaties and statements with or without officials', async () => {
    const data = await gql.data(`{ entity(id: "country:RUS") { __typename name kind
      ... on Country { iso3 people { id } organizations { id } treaties { id name status signedAt }
        own: statements { totalCount edges { node { id } } }
        all: statements(includeOfficials: true, first: 10) { totalCount edges { node { id saidAt speaker { id } } } }
        statementsAbout { totalCount edges { node { id speaker { id } } } } } } }`);
    expect(data.entity).toEqual({
      __typename: 'Country', name: 'Russia', kind: 'COUNTRY', iso3: 'RUS',
      people: [{ id: 'person:sergey-lavrov' }, { id: 'person:maria-zakharova' }],
      organizations: [{ id: 'org:russian-foreign-ministry' }],
      treaties: [{ id: 'treaty:strategic-partnership-treaty', name: 'Strategic Partnership Treaty', status: 'signed', signedAt: '2024' }],
      own: { totalCount: 1, edges: [{ node: { id: s.s4 } }] },
      all: {
        totalCount: 5,
        edges: [
          { node: { id: s.s6, saidAt: '2025-06-05', speaker: { id: 'person:sergey-lavrov' } } },
          { node: { id: s.s7, saidAt: '2025-06', speaker: { id: 'org:russian-foreign-ministry' } } },
          { node: { id: s.s4, saidAt: '2025-03-18', speaker: { id: 'country:RUS' } } },
          { node: { id: s.s2, saidAt: '2025-03-09', speaker: { id: 'person:maria-zakharova' } } },
          { node: { id: s.s1, saidAt: '2025-01-15', speaker: { id: 'person:sergey-lavrov' } } },
        ],
      },
      statementsAbout: { totalCount: 2, edges: [{ node: { id: s.s5, speaker: { id: 'person:mark-rutte' } } }, { node: { id: s.s3, speaker: { id: 'person:nicolas-maduro' } } }] },
    });
  });

  it('gives an organisation with its country and people, and a treaty with its parties', async () => {
    const data = await gql.data(`{
      mfa: entity(id: "org:russian-foreign-ministry") { __typename ... on Organization { country { id } people { id } statements { totalCount } } }
      nato: entity(id: "org:nato") { ... on Organization { country { id } people { id } articleCount mentionCount lastSeen } }
      treaty: entity(id: "treaty:strategic-partnership-treaty") { __typename kind ... on Treaty { parties { id } status signedAt statementsAbout { totalCount } } } }`);
    expect(data).toEqual({
      mfa: { __typename: 'Organization', country: { id: 'country:RUS' }, people: [{ id: 'person:maria-zakharova' }], statements: { totalCount: 1 } },
      nato: { country: null, people: [{ id: 'person:mark-rutte' }], articleCount: 2, mentionCount: 2, lastSeen: '2025-03-20' },
      treaty: { __typename: 'Treaty', kind: 'TREATY', parties: [{ id: 'country:RUS' }, { id: 'country:VEN' }], status: 'signed', signedAt: '2024', statementsAbout: { totalCount: 0 } },
    });
  });

  it('pages through an entity\'s articles with opaque cursors', async () => {
    const page = async (after: string | null) =>
      (await gql.data(`query ($after: String) { entity(id: "country:USA") { articles(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`, { after })).entity.articles;
    const one = await page(null);
    const two = await page(one.pageInfo.endCursor);
    expect([one.totalCount, one.pageInfo.hasNextPage, one.edges.map((e: any) => e.node.id)]).toEqual([4, true, ['art:api-four', 'art:api-three']]);
    expect([two.pageInfo.hasNextPage, two.edges.map((e: any) => e.node.id)]).toEqual([false, ['art:api-two', 'art:api-one']]);
  });

  it('answers null for a well-formed id with no entity, and BAD_USER_INPUT naming the argument for a malformed one', async () => {
    expect(await gql.data(`{ entity(id: "person:nobody") { id } }`)).toEqual({ entity: null });
    for (const id of ['lavrov', 'person:', 'person:a b', 'x'.repeat(400), "person:x'}) DETACH DELETE n //"]) {
      const res = await gql.raw(`query ($id: ID!) { entity(id: $id) { id } }`, { id });
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/^id: .* is not an entity id/) });
    }
    const bad = await gql.raw(`{ entity(id: "country:USA") { articles(first: 1, after: "nonsense") { totalCount } } }`);
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/^after: /) });
  });
});
