import { describe, expect, it } from 'vitest';
import { findStatements, type StatementFilter } from '../../../api/src/query/index';
import { useApiCorpus } from '../../_utils/apiCorpus';
import { getTestExecutor } from '../../_utils/testDb';

// A speaker or subject with many statements is paged by walking the saidAt index instead of sorting all its statements;
// both ways must give the same pages, cursors and totals. Here the walk is forced (denseAnchor 0) on the small corpus.
useApiCorpus();

const NONE: StatementFilter = { speaker: null, includeOfficials: false, about: null, category: null, minTone: null, maxTone: null, since: null, until: null };

async function allPages(f: StatementFilter, denseAnchor?: number) {
  const out: Array<{ ids: string[]; total: number; cursor: string | null }> = [];
  let after: string | null = null;
  do {
    const page = await findStatements(getTestExecutor(), f, 2, after, { denseAnchor });
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
