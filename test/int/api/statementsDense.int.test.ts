import { describe, expect, it } from 'vitest';
import { findStatements, type StatementFilter } from '../../../api/src/query/index';
import type { StatementsOptions } from '../../../api/src/query/findStatements';
import { useApiCorpus } from '../../_utils/apiCorpus';
import { getTestExecutor } from '../../_utils/testDb';

// A speaker or subject with many statements is paged by walking the saidAt index instead of sorting all its statements;
// both ways must give the same pages, cursors and totals. Here the walk is forced (denseAnchor 0) on the small corpus.
useApiCorpus();

const NONE: StatementFilter = { speaker: null, includeOfficials: false, about: null, category: null, minTone: null, maxTone: null, since: null, until: null };

async function allPages(f: StatementFilter, denseAnchor?: number, options: StatementsOptions = {}) {
  const out: Array<{ ids: string[]; total: number; cursor: string | null }> = [];
  let after: string | null = null;
  do {
    const page = await findStatements(getTestExecutor(), f, 2, after, { denseAnchor, ...options });
    out.push({ ids: page.edges.map((e) => e.node.id), total: page.totalCount, cursor: page.pageInfo.endCursor });
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && out.length < 10);
  return out;
}

describe('statements of a dense anchor', () => {
  const filters: Array<Partial<StatementFilter>> = [
    { speaker: 'country:RUS', includeOfficials: true },
    { speaker: 'country:RUS', includeOfficials: true, about: 'country:USA' },
    { speaker: 'country:RUS', includeOfficials: true, since: '2025-03-01', until: '2025-06-30' },
    { speaker: 'country:RUS', includeOfficials: true, since: '2025-06-01', category: '11' },
    { speaker: 'person:sergey-lavrov' },
    { about: 'country:USA' },
    { about: 'country:USA', minTone: -3, maxTone: 0 },
    { about: 'country:RUS', until: '2025-03-15' },
  ];
  it.each(filters.map((f) => [JSON.stringify(f), f] as const))('walks the index to the same pages: %s', async (_name, f) => {
    const anchored = await allPages({ ...NONE, ...f });
    expect(anchored.flatMap((p) => p.ids).length).toBeGreaterThan(0);
    expect(await allPages({ ...NONE, ...f }, 0)).toEqual(anchored);
  });
});

describe('statements of a speaker about a subject', () => {
  // Either end may be expanded (the speakers that spoke about the subject, or the subject's statements), and either way may
  // be walked through the saidAt index; all four give the same pages.
  const pairs: Array<Partial<StatementFilter>> = [
    { speaker: 'country:RUS', includeOfficials: true, about: 'country:USA' },
    { speaker: 'country:RUS', includeOfficials: true, about: 'country:USA', category: '11', since: '2025-03-01' },
    { speaker: 'person:sergey-lavrov', about: 'country:USA' },
    { speaker: 'person:mark-rutte', about: 'country:USA' },
    { speaker: 'country:USA', includeOfficials: true, about: 'country:RUS', until: '2025-05-01' },
  ];
  it.each(pairs.map((f) => [JSON.stringify(f), f] as const))('expands either side to the same pages: %s', async (_name, f) => {
    const chosen = await allPages({ ...NONE, ...f });
    for (const pairSide of ['speaker', 'about'] as const) {
      expect(await allPages({ ...NONE, ...f }, undefined, { pairSide })).toEqual(chosen);
      expect(await allPages({ ...NONE, ...f }, 0, { pairSide })).toEqual(chosen);
    }
  });

  it('pages the pair that has statements, and none for a pair without', async () => {
    expect((await allPages({ ...NONE, ...pairs[0] })).flatMap((p) => p.ids).length).toBeGreaterThan(0);
    expect(await allPages({ ...NONE, ...pairs[3] })).toEqual([{ ids: [], total: 0, cursor: null }]);
  });
});

describe('the count of a dense anchor in a window', () => {
  // Counted through the window's range of the saidAt index, or through the anchor's own statements: the same totals.
  const windows: Array<Partial<StatementFilter>> = [
    { speaker: 'country:RUS', includeOfficials: true, since: '2025-03-01', until: '2025-06-30' },
    { about: 'country:USA', since: '2025-02-01' },
    { speaker: 'country:RUS', includeOfficials: true, about: 'country:USA', until: '2025-04-01' },
  ];
  it.each(windows.map((f) => [JSON.stringify(f), f] as const))('is the same either way: %s', async (_name, f) => {
    const direct = await allPages({ ...NONE, ...f }, 0, { windowCountDirect: Number.MAX_SAFE_INTEGER });
    expect(direct[0]!.total).toBeGreaterThan(0);
    expect(await allPages({ ...NONE, ...f }, 0, { windowCountDirect: 0 })).toEqual(direct);
    expect(await allPages({ ...NONE, ...f })).toEqual(direct);
  });
});
