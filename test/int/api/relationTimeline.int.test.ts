import { describe, expect, it } from 'vitest';
import { useApiCorpus } from '../../_utils/apiCorpus';

const { gql, statements: s } = useApiCorpus();

// The period statements of several timelines in one request load together (one query per timeline); aliases of the same
// pair with other windows or intervals keep their own.
const TWO_WINDOWS = `query {
  whole: relationTimeline(a: "country:RUS", b: "country:USA", interval: MONTH) { period count statements(first: 1) { id } }
  march: relationTimeline(a: "country:RUS", b: "country:USA", interval: MONTH, since: "2025-03-01", until: "2025-03-10") { period count statements(first: 1) { id } }
  weeks: relationTimeline(a: "country:RUS", b: "country:USA", interval: WEEK, since: "2025-03-01", until: "2025-03-20") { period count statements(first: 5) { id } }
  back: relationTimeline(a: "country:USA", b: "country:RUS", interval: YEAR) { period count statements { id } }
}`;

describe('relationTimeline statements', () => {
  it('gives each bucket its newest statements within its own window, for every timeline of a request', async () => {
    const data = await gql.data(TWO_WINDOWS);
    const ids = (rows: any[]) => rows.map((r) => [r.period, r.count, r.statements.map((x: any) => x.id)]);
    expect(ids(data.whole)).toEqual([
      ['2025-01-01', 1, [s.s1]], ['2025-02-01', 0, []], ['2025-03-01', 2, [s.s4]], ['2025-04-01', 0, []], ['2025-05-01', 0, []], ['2025-06-01', 2, [s.s6]],
    ]);
    expect(ids(data.march)).toEqual([['2025-03-01', 1, [s.s2]]]);
    expect(ids(data.weeks)).toEqual([['2025-02-24', 0, []], ['2025-03-03', 1, [s.s2]], ['2025-03-10', 0, []], ['2025-03-17', 1, [s.s4]]]);
    expect(data.back).toEqual([]);
  });
});
