import { describe, expect, it } from 'vitest';
import { useApiCorpus } from '../../_utils/apiCorpus';

const { gql, statements: s } = useApiCorpus();

const STATEMENTS = `query ($speaker: ID, $includeOfficials: Boolean, $about: ID, $category: String, $minTone: Float, $maxTone: Float,
  $since: Date, $until: Date, $first: Int, $after: String) {
  statements(speaker: $speaker, includeOfficials: $includeOfficials, about: $about, category: $category, minTone: $minTone,
    maxTone: $maxTone, since: $since, until: $until, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
const list = async (vars: Record<string, unknown>) => {
  const c = (await gql.data(STATEMENTS, { first: 100, ...vars })).statements;
  return { total: c.totalCount, ids: c.edges.map((e: any) => e.node.id) };
};
const pages = async (vars: Record<string, unknown>, first: number) => {
  const out: Array<{ ids: string[]; more: boolean; total: number }> = [];
  let after: string | null = null;
  do {
    const c: any = (await gql.data(STATEMENTS, { ...vars, first, after })).statements;
    out.push({ ids: c.edges.map((e: any) => e.node.id), more: c.pageInfo.hasNextPage, total: c.totalCount });
    after = c.pageInfo.hasNextPage ? c.pageInfo.endCursor : null;
  } while (after && out.length < 10);
  return out;
};

describe('statements', () => {
  it('orders every statement by saidAt, newest first (a month-only date after the days of its month), page after page', async () => {
    expect(await pages({}, 3)).toEqual([
      { ids: [s.s6, s.s7, s.s5], more: true, total: 7 },
      { ids: [s.s4, s.s3, s.s2], more: true, total: 7 },
      { ids: [s.s1], more: false, total: 7 },
    ]);
  });

  it('gives a country\'s own statements, or with includeOfficials its officials\' and bodies\' too, page after page', async () => {
    expect(await list({ speaker: 'country:RUS' })).toEqual({ total: 1, ids: [s.s4] });
    expect(await pages({ speaker: 'country:RUS', includeOfficials: true }, 2)).toEqual([
      { ids: [s.s6, s.s7], more: true, total: 5 },
      { ids: [s.s4, s.s2], more: true, total: 5 },
      { ids: [s.s1], more: false, total: 5 },
    ]);
    expect(await list({ speaker: 'person:sergey-lavrov', includeOfficials: true })).toEqual({ total: 2, ids: [s.s6, s.s1] });
  });

  it('filters by subject, category, tone and date window, each alone and together', async () => {
    expect(await list({ about: 'country:USA' })).toEqual({ total: 5, ids: [s.s6, s.s7, s.s4, s.s2, s.s1] });
    expect(await list({ about: 'country:RUS' })).toEqual({ total: 2, ids: [s.s5, s.s3] });
    expect(await list({ category: '11' })).toEqual({ total: 3, ids: [s.s6, s.s7, s.s2] });
    expect(await list({ minTone: 0 })).toEqual({ total: 3, ids: [s.s5, s.s4, s.s3] });
    expect(await list({ maxTone: -2 })).toEqual({ total: 3, ids: [s.s6, s.s2, s.s1] });
    expect(await list({ minTone: -2, maxTone: -1 })).toEqual({ total: 2, ids: [s.s7, s.s2] });
    expect(await list({ since: '2025-03-10', until: '2025-03-20' })).toEqual({ total: 3, ids: [s.s5, s.s4, s.s3] });
    expect(await list({ since: '2025-06-01' })).toEqual({ total: 2, ids: [s.s6, s.s7] });
    expect(await list({ since: '2025-06-02' })).toEqual({ total: 1, ids: [s.s6] });
    expect(await list({ until: '2025-05-31' })).toEqual({ total: 5, ids: [s.s5, s.s4, s.s3, s.s2, s.s1] });
    expect(await list({ speaker: 'country:RUS', includeOfficials: true, about: 'country:USA', category: '11', since: '2025-03-01' })).toEqual({ total: 3, ids: [s.s6, s.s7, s.s2] });
    expect(await list({ speaker: 'person:mark-rutte', about: 'country:USA' })).toEqual({ total: 0, ids: [] });
    expect(await list({ speaker: 'person:nobody' })).toEqual({ total: 0, ids: [] });
  });

  it('pages a windowed list without an anchor', async () => {
    expect(await pages({ since: '2025-03-01', until: '2025-06-30' }, 4)).toEqual([
      { ids: [s.s6, s.s7, s.s5, s.s4], more: true, total: 6 },
      { ids: [s.s3, s.s2], more: false, total: 6 },
    ]);
  });

  it('refuses bad arguments with BAD_USER_INPUT naming the argument', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ speaker: 'Russia' }, 'speaker'], [{ about: 'usa' }, 'about'], [{ category: '99' }, 'category'], [{ category: "1' OR 1=1" }, 'category'],
      [{ minTone: -11 }, 'minTone'], [{ maxTone: 10.5 }, 'maxTone'], [{ minTone: 2, maxTone: 1 }, 'minTone'],
      [{ since: '2025-13-01' }, 'since'], [{ until: '20250101' }, 'until'], [{ first: 0 }, 'first'], [{ first: 101 }, 'first'], [{ after: 'bm90IGEgY3Vyc29y' }, 'after'],
    ];
    for (const [vars, arg] of cases) {
      const res = await gql.raw(STATEMENTS, vars);
      expect(res.errors?.[0], JSON.stringify(vars)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(new RegExp(`^${arg}: `)) });
    }
  });
});

const TIMELINE = `query ($a: ID!, $b: ID!, $interval: Interval, $since: Date, $until: Date) {
  relationTimeline(a: $a, b: $b, interval: $interval, since: $since, until: $until) {
    period count averageTone minTone maxTone categories { category { code label } count } statements(first: 5) { id } } }`;
const timeline = async (vars: Record<string, unknown>) => (await gql.data(TIMELINE, vars)).relationTimeline;
const empty = (period: string) => ({ period, count: 0, averageTone: null, minTone: null, maxTone: null, categories: [], statements: [] });

describe('relationTimeline', () => {
  it('gives Russia\'s (and its officials\') tone towards the United States per month, empty months included', async () => {
    expect(await timeline({ a: 'country:RUS', b: 'country:USA' })).toEqual([
      { period: '2025-01-01', count: 1, averageTone: -4, minTone: -4, maxTone: -4, categories: [{ category: { code: '13', label: 'Threaten' }, count: 1 }], statements: [{ id: s.s1 }] },
      empty('2025-02-01'),
      {
        period: '2025-03-01', count: 2, averageTone: -0.5, minTone: -2, maxTone: 1,
        categories: [{ category: { code: '01', label: 'Make public statement' }, count: 1 }, { category: { code: '11', label: 'Disapprove' }, count: 1 }],
        statements: [{ id: s.s4 }, { id: s.s2 }],
      },
      empty('2025-04-01'),
      empty('2025-05-01'),
      { period: '2025-06-01', count: 2, averageTone: -2, minTone: -3, maxTone: -1, categories: [{ category: { code: '11', label: 'Disapprove' }, count: 2 }], statements: [{ id: s.s6 }, { id: s.s7 }] },
    ]);
  });

  it('buckets by ISO week (Monday) and by year, within a window', async () => {
    const weeks = await timeline({ a: 'country:RUS', b: 'country:USA', interval: 'WEEK', since: '2025-03-01', until: '2025-03-20' });
    expect(weeks.map((w: any) => [w.period, w.count, w.statements.map((x: any) => x.id)])).toEqual([
      ['2025-02-24', 0, []], ['2025-03-03', 1, [s.s2]], ['2025-03-10', 0, []], ['2025-03-17', 1, [s.s4]],
    ]);
    const years = await timeline({ a: 'country:RUS', b: 'country:USA', interval: 'YEAR' });
    expect(years.map((y: any) => [y.period, y.count, y.averageTone, y.minTone, y.maxTone])).toEqual([['2025-01-01', 5, -1.8, -4, 1]]);
  });

  it('counts only the speaker itself when it is not a country; empty windows give empty periods, no statements and no window give none', async () => {
    expect((await timeline({ a: 'person:nicolas-maduro', b: 'country:RUS' })).map((p: any) => [p.period, p.count, p.averageTone])).toEqual([['2025-03-01', 1, 3.5]]);
    expect(await timeline({ a: 'country:RUS', b: 'country:VEN' })).toEqual([]);
    expect(await timeline({ a: 'country:RUS', b: 'country:VEN', since: '2025-01-10', until: '2025-02-28' })).toEqual([empty('2025-01-01'), empty('2025-02-01')]);
  });

  it('refuses bad arguments and windows of too many periods', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ a: 'RUS', b: 'country:USA' }, 'a'], [{ a: 'country:RUS', b: 'x' }, 'b'], [{ a: 'country:RUS', b: 'country:USA', since: '2025-02-29' }, 'since'],
      [{ a: 'country:RUS', b: 'country:USA', since: '1900-01-01', until: '2025-01-01', interval: 'WEEK' }, 'since'],
    ];
    for (const [vars, arg] of cases) {
      const res = await gql.raw(TIMELINE, vars);
      expect(res.errors?.[0], JSON.stringify(vars)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(new RegExp(`^${arg}: `)) });
    }
  });
});

const TONE_MAP = `query ($since: Date, $until: Date, $first: Int) { toneMap(since: $since, until: $until, first: $first) {
  countries { id name } cells { speaker subject count averageTone } } }`;

describe('toneMap', () => {
  it('gives the most active countries and their cells, officials and bodies counted for their country', async () => {
    expect((await gql.data(TONE_MAP, {})).toneMap).toEqual({
      countries: [{ id: 'country:RUS', name: 'Russia' }, { id: 'country:USA', name: 'United States' }, { id: 'country:VEN', name: 'Venezuela' }],
      cells: [
        { speaker: 'country:RUS', subject: 'country:USA', count: 5, averageTone: -1.8 },
        { speaker: 'country:VEN', subject: 'country:RUS', count: 1, averageTone: 3.5 },
      ],
    });
    expect((await gql.data(TONE_MAP, { first: 2 })).toneMap).toEqual({
      countries: [{ id: 'country:RUS', name: 'Russia' }, { id: 'country:USA', name: 'United States' }],
      cells: [{ speaker: 'country:RUS', subject: 'country:USA', count: 5, averageTone: -1.8 }],
    });
  });

  it('counts only the statements of the window', async () => {
    expect((await gql.data(TONE_MAP, { since: '2025-03-01', until: '2025-03-31' })).toneMap).toEqual({
      countries: [{ id: 'country:RUS', name: 'Russia' }, { id: 'country:USA', name: 'United States' }, { id: 'country:VEN', name: 'Venezuela' }],
      cells: [
        { speaker: 'country:RUS', subject: 'country:USA', count: 2, averageTone: -0.5 },
        { speaker: 'country:VEN', subject: 'country:RUS', count: 1, averageTone: 3.5 },
      ],
    });
    for (const [vars, arg] of [[{ first: 1 }, 'first'], [{ first: 31 }, 'first'], [{ since: 'yesterday' }, 'since']] as const) {
      const res = await gql.raw(TONE_MAP, vars);
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(new RegExp(`^${arg}: `)) });
    }
  });
});
