import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../web/src/ingest/parseInput';
import type { EdgeData, GraphContent } from '../../../web/src/state/graph/index';
import { addDays, advanceWindow, failStatements, initialTimeline, openRelation, pickRelationPoint, receiveStatements, setRelationInterval, startLoading, tunePlay, type TimelineStatement } from '../../../web/src/state/timeline/index';
import { categoryBreakdown, periodEnd, periodLabel } from '../../../web/src/timeline/periods';
import { hasWeakDate, indexEdgeDates, outsideWindow, relationsOfView, statementsOfView } from '../../../web/src/timeline/viewStatements';

const edge = (source: string, target: string, type: EdgeData['type'], firstSeen: string | null = null, lastSeen: string | null = null): EdgeData => ({
  id: `${type}:${source}->${target}`, source, target, type, label: '', weight: 1, count: 1, tone: null, firstSeen, lastSeen,
});
const graphOf = (edges: EdgeData[]): GraphContent => {
  const nodes: Record<string, { id: string; kind: 'PERSON'; label: string; weight: number }> = {};
  for (const e of edges) for (const id of [e.source, e.target]) nodes[id] = { id, kind: 'PERSON', label: id, weight: 1 };
  return { nodes, edges: Object.fromEntries(edges.map((e) => [e.id, e])), expanded: [], pinned: [], truncation: null };
};
const said = (id: string, speaker: string, about: string[], saidAt: string | null, extra: Partial<TimelineStatement> = {}): TimelineStatement => ({
  id, quote: null, text: id, tone: 1, saidAt, datePrecision: 'DAY', dateSource: 'RELATIVE', category: null,
  speaker: { id: speaker, kind: 'PERSON', name: speaker }, about: about.map((x) => ({ id: x, kind: 'COUNTRY', name: x })),
  article: { id: 'a', title: 't', publishedAt: null, url: null }, span: { start: 0, end: 1 }, ...extra,
});

describe('the statements of a view and what a window fades', () => {
  const graph = graphOf([
    edge('p', 'X', 'SPOKE_ABOUT'),
    edge('p', 'Y', 'SPOKE_ABOUT'),
    edge('q', 'X', 'SPOKE_ABOUT'),
    edge('p', 'X', 'HOLDS_ROLE', '2025-01-01', '2025-01-31'),
    edge('r', 'Y', 'HOLDS_ROLE', '2025-06-01', '2025-06-30'),
  ]);
  const statements = [
    said('s3', 'q', ['X'], '2025-03-10'),
    said('s1', 'p', ['X', 'Y'], '2025-01-05'),
    said('s2', 'p', ['Z'], '2025-02-01'),
    said('s4', 'p', ['Y'], null),
    said('s1', 'p', ['X', 'Y'], '2025-01-05'),
  ];

  it('keeps each dated statement with an edge of the view once, oldest first, with its edges', () => {
    expect(relationsOfView(graph)).toEqual([{ speaker: 'p', subject: 'X' }, { speaker: 'p', subject: 'Y' }, { speaker: 'q', subject: 'X' }]);
    expect(statementsOfView(graph, statements).map((v) => [v.statement.id, v.edgeIds])).toEqual([
      ['s1', ['SPOKE_ABOUT:p->X', 'SPOKE_ABOUT:p->Y']],
      ['s3', ['SPOKE_ABOUT:q->X']],
    ]);
  });

  it('fades edges without evidence in the window and nodes left without edges; an open window fades nothing', () => {
    const dates = indexEdgeDates(statementsOfView(graph, statements));
    expect(outsideWindow(graph, dates, null, null)).toEqual({ edges: new Set(), nodes: new Set() });
    const march = outsideWindow(graph, dates, '2025-03-01', '2025-03-31');
    expect([...march.edges].sort()).toEqual(['HOLDS_ROLE:p->X', 'HOLDS_ROLE:r->Y', 'SPOKE_ABOUT:p->X', 'SPOKE_ABOUT:p->Y']);
    expect([...march.nodes].sort()).toEqual(['Y', 'p', 'r']);
    const january = outsideWindow(graph, dates, '2025-01-01', '2025-01-10');
    expect([...january.edges].sort()).toEqual(['HOLDS_ROLE:r->Y', 'SPOKE_ABOUT:q->X']);
    expect([...january.nodes].sort()).toEqual(['q', 'r']);
  });

  it('calls a date weak when known to the month or year, or borrowed from the article', () => {
    expect(hasWeakDate({ datePrecision: 'DAY', dateSource: 'STATED' })).toBe(false);
    expect(hasWeakDate({ datePrecision: 'MONTH', dateSource: 'STATED' })).toBe(true);
    expect(hasWeakDate({ datePrecision: 'DAY', dateSource: 'PUBLICATION' })).toBe(true);
  });
});

describe('timeline transitions', () => {
  it('loads per key, keeps the last statements while loading, and ignores stale answers', () => {
    const loading = startLoading('a')(initialTimeline);
    expect(loading.data).toEqual({ phase: 'loading', key: 'a', statements: [], message: null });
    const ready = receiveStatements('a', [said('s', 'p', [], '2025-01-01')])(loading);
    expect(ready.data.phase).toBe('ready');
    expect(receiveStatements('b', [])(ready)).toBe(ready);
    const again = startLoading('b')(ready);
    expect(again.data.statements).toBe(ready.data.statements);
    expect(failStatements('b', 'down')(again).data).toMatchObject({ phase: 'failed', message: 'down', key: 'b' });
  });

  it('opens a relation on its tab, keeps the interval, clears the point on a new interval, and clamps Play', () => {
    const open = openRelation('A', 'B', ['Aland', 'Bland'])(initialTimeline);
    expect(open.dock).toBe('relation');
    expect(open.relation).toEqual({ a: 'A', b: 'B', names: ['Aland', 'Bland'], interval: 'MONTH', point: null });
    const picked = pickRelationPoint({ direction: 'ba', period: '2025-02-01' })(open);
    expect(openRelation('A', 'B', ['Aland', 'Bland'])(picked).relation).toBe(picked.relation);
    expect(setRelationInterval('YEAR')(picked).relation).toMatchObject({ interval: 'YEAR', point: null });
    expect(openRelation('B', 'A', ['Bland', 'Aland'])(setRelationInterval('WEEK')(open)).relation?.interval).toBe('WEEK');
    expect(tunePlay({ daysPerSecond: 0, widthDays: 99999 })(initialTimeline).play).toEqual({ playing: false, daysPerSecond: 1, widthDays: 3650 });
  });

  it('advances a window by whole days and wraps to the first day after the last', () => {
    expect(addDays('2025-02-27', 2)).toBe('2025-03-01');
    expect(advanceWindow('2025-01-01', 30, 5, '2025-01-01', '2025-03-01')).toEqual(['2025-01-06', '2025-02-04']);
    expect(advanceWindow('2025-02-28', 7, 3, '2025-01-01', '2025-03-01')).toEqual(['2025-01-01', '2025-01-07']);
    expect(advanceWindow(null, 7, 0, '2025-01-01', '2025-03-01')).toEqual(['2025-01-01', '2025-01-07']);
  });
});

describe('relation periods', () => {
  it('ends and names periods, and sums categories over the periods in a window', () => {
    expect(periodEnd('2024-02-01', 'MONTH')).toBe('2024-02-29');
    expect(periodEnd('2025-03-03', 'WEEK')).toBe('2025-03-09');
    expect(periodEnd('2025-01-01', 'YEAR')).toBe('2025-12-31');
    expect(periodLabel('2025-03-03', 'WEEK')).toBe('week of 3 Mar 2025');
    expect(periodLabel('2025-03-01', 'MONTH')).toBe('Mar 2025');
    const cat = (code: string, count: number) => ({ category: { code, label: `c${code}` }, count });
    const buckets = [
      { period: '2025-01-01', count: 3, categories: [cat('05', 2), cat('01', 1)] },
      { period: '2025-02-01', count: 1, categories: [cat('11', 1)] },
      { period: '2025-03-01', count: 2, categories: [cat('05', 1), cat('13', 1)] },
    ];
    expect(categoryBreakdown(buckets, 'MONTH', null, null)).toEqual([
      { code: '05', label: 'c05', count: 3 },
      { code: '01', label: 'c01', count: 1 },
      { code: '11', label: 'c11', count: 1 },
      { code: '13', label: 'c13', count: 1 },
    ]);
    expect(categoryBreakdown(buckets, 'MONTH', '2025-02-15', '2025-03-02').map((r) => r.code)).toEqual(['05', '11', '13']);
  });
});

describe('ingest input parsing (seed, JSON, JSON Lines)', () => {
  it('reads the seed layout: body, then headline, then summary', () => {
    const body = 'Portugal and Morocco signed a cable deal on Monday in Rabat after two years of talks.\n\nBoth ministers said the line would carry power both ways from next spring onwards.';
    const parsed = parseInput(`${body}\nCable deal signed\nA short summary line.`, 'pasted text');
    expect(parsed).toEqual({ articles: [{ origin: 'pasted text', input: { title: 'Cable deal signed', text: body } }], problems: [] });
  });

  it('keeps good JSON Lines, reports bad lines by number, and reports a broken JSON file whole', () => {
    const good = JSON.stringify({ headline: 'H', body: 'Text.', link: 'https://x.example/a', date: '2025-04-02T10:00:00Z' });
    expect(parseInput(`${good}\n{oops}\n${JSON.stringify({ title: 'no text' })}\n`, 'f.jsonl', 'f.jsonl')).toEqual({
      articles: [{ origin: 'f.jsonl, line 1', input: { title: 'H', text: 'Text.', url: 'https://x.example/a', publishedAt: '2025-04-02' } }],
      problems: [
        { origin: 'f.jsonl, line 2', message: 'not valid JSON' },
        { origin: 'f.jsonl, line 3', message: 'no "text" (or "body") field' },
      ],
    });
    const broken = parseInput('{"title": "x", "text": ', 'b.json', 'b.json');
    expect(broken.articles).toEqual([]);
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]!.message).toMatch(/^not valid JSON \(/);
    expect(parseInput('[{"title":"a","text":"A."},{"title":"b"}]', 'arr.json', 'arr.json').problems).toEqual([{ origin: 'arr.json, item 2', message: 'no "text" (or "body") field' }]);
  });
});
