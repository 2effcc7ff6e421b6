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
