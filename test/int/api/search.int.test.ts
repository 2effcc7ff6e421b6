import { describe, expect, it } from 'vitest';
import { useApiCorpus } from '../../_utils/apiCorpus';

const { gql } = useApiCorpus();

const SEARCH = `query ($q: String!, $kinds: [EntityKind!], $first: Int) { search(query: $q, kinds: $kinds, first: $first) { id kind name } }`;
const ids = async (q: string, extra: Record<string, unknown> = {}) =>
  ((await gql.data<{ search: Array<{ id: string }> }>(SEARCH, { q, ...extra })).search).map((e) => e.id);

describe('search', () => {
  it('finds a person by a lower-case surname, with every entity field', async () => {
    const data = await gql.data(`{ search(query: "lavrov") { id kind name aliases mentionCount articleCount firstSeen lastSeen } }`);
    expect(data.search).toEqual([
      { id: 'person:sergey-lavrov', kind: 'PERSON', name: 'Sergey Lavrov', aliases: ['Lavrov'], mentionCount: 3, articleCount: 2, firstSeen: '2025-01-15', lastSeen: '2025-06-05' },
    ]);
  });

  it('ignores accents both ways, one-letter typos and case; finds acronyms', async () => {
    expect(await ids('Nicolas Maduro')).toEqual(['person:nicolas-maduro']);
    expect(await ids('NICOLÁS')).toEqual(['person:nicolas-maduro']);
    expect(await ids('Lavrof')).toEqual(['person:sergey-lavrov']);
    expect(await ids('Zakharowa')).toEqual(['person:maria-zakharova']);
    expect(await ids('nato')).toEqual(['org:nato']);
  });

  it('ranks an exact name first, then by score and mention count; a prefix finds longer words', async () => {
    expect(await ids('russia')).toEqual(['country:RUS', 'org:russian-foreign-ministry']);
    expect(await ids('Strat')).toEqual(['treaty:strategic-partnership-treaty']);
  });

  it('filters by kind and bounds the count', async () => {
    expect(await ids('russia', { kinds: ['ORGANIZATION'] })).toEqual(['org:russian-foreign-ministry']);
    expect(await ids('russia', { first: 1 })).toEqual(['country:RUS']);
  });

  it('takes Lucene syntax literally: operators, wildcards, quotes, brackets, escapes', async () => {
    expect(await ids('AND OR ~ * " ( ) : \\ / lavrov')).toEqual(['person:sergey-lavrov']);
    expect(await ids('lavrov AND NOT zakharova')).toEqual([]);
    expect(await ids('"Sergey Lavrov"')).toEqual(['person:sergey-lavrov']);
    expect(await ids('(lavrov) || sergey~ +-!')).toEqual(['person:sergey-lavrov']);
    expect(await ids('name:lavrov')).toEqual([]);
    expect(await ids('*')).toEqual([]);
    expect(await ids('[a TO z]')).toEqual([]);
    expect(await ids("'}) DETACH DELETE n //")).toEqual([]);
  });

  it('refuses an empty or oversized query and bad bounds, naming the argument', async () => {
    for (const [vars, arg] of [[{ q: '' }, 'query'], [{ q: 'x'.repeat(201) }, 'query'], [{ q: 'lavrov', first: 0 }, 'first'], [{ q: 'lavrov', first: 51 }, 'first'], [{ q: 'a', kinds: [] }, 'kinds']] as const) {
      const res = await gql.raw(SEARCH, vars);
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(new RegExp(`^${arg}: `)) });
    }
  });
});

describe('topEntities', () => {
  const TOP = `query ($kinds: [EntityKind!], $first: Int) { topEntities(kinds: $kinds, first: $first) { id kind mentionCount articleCount } }`;
  type Top = { topEntities: Array<{ id: string; kind: string; mentionCount: number; articleCount: number }> };

  it('lists the most-mentioned entities of every kind, most first, ties by article count', async () => {
    const { topEntities } = await gql.data<Top>(TOP, { first: 50 });
    const { stats } = await gql.data<{ stats: Record<string, number> }>(`{ stats { persons countries organizations treaties } }`);
    expect(topEntities.length).toBe(Math.min(50, stats.persons! + stats.countries! + stats.organizations! + stats.treaties!));
    expect(new Set(topEntities.map((e) => e.kind)).size).toBe(4);
    for (let i = 1; i < topEntities.length; i++) {
      const [a, b] = [topEntities[i - 1]!, topEntities[i]!];
      expect(a.mentionCount > b.mentionCount || (a.mentionCount === b.mentionCount && a.articleCount >= b.articleCount)).toBe(true);
    }
    // The first few agree with each entity's own counts.
    for (const e of topEntities.slice(0, 3)) {
      const data = await gql.data<{ entity: { mentionCount: number } }>(`query ($id: ID!) { entity(id: $id) { mentionCount } }`, { id: e.id });
      expect(data.entity.mentionCount).toBe(e.mentionCount);
    }
    const { topEntities: three } = await gql.data<Top>(TOP, { first: 3 });
    expect(three).toEqual(topEntities.slice(0, 3));
  });

  it('keeps to the asked kinds and refuses bad bounds', async () => {
    const { topEntities } = await gql.data<Top>(TOP, { kinds: ['TREATY', 'ORGANIZATION'], first: 50 });
    expect(topEntities.length).toBeGreaterThan(0);
    expect(topEntities.every((e) => e.kind === 'TREATY' || e.kind === 'ORGANIZATION')).toBe(true);
    const { topEntities: countries } = await gql.data<Top>(TOP, { kinds: ['COUNTRY'], first: 1 });
    expect(countries).toEqual([expect.objectContaining({ id: 'country:RUS' })]);
    for (const [vars, arg] of [[{ first: 0 }, 'first'], [{ first: 51 }, 'first'], [{ kinds: [] }, 'kinds']] as const) {
      const res = await gql.raw(TOP, vars);
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(new RegExp(`^${arg}: `)) });
    }
  });
});
