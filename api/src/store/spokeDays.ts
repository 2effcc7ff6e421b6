// The per-day part of a SPOKE_ABOUT (issue 9): the relation timeline sums these arrays instead of reading the pair's statements.
// Neo4j lists hold no nulls, so a day without any tone keeps 0 in its min/max slots (ignored because its tone count is 0).
// The same values are computed in Cypher by `SPOKE_DAYS` (queries/spokeAbout.ts) and migration 009; `check` compares them.

/** Per-day aggregates of one pair's dated statements, as parallel arrays sorted by day (`YYYY-MM-DD`, partial dates on their first day). */
export interface SpokeDays {
  days: string[];
  dayCounts: number[];
  /** Tone sum per day, rounded to 6 decimals. */
  dayToneSums: number[];
  dayToneCounts: number[];
  dayMinTones: number[];
  dayMaxTones: number[];
  /** `YYYY-MM-DD|<CAMEO root code>`, sorted; the label is a function of the code and is not stored. */
  dayCategoryKeys: string[];
  dayCategoryCounts: number[];
}

/** What the day arrays are built from: a statement's date, tone and category code. */
export interface DatedStatement {
  saidAt: string | null;
  tone: number | null;
  categoryCode: string | null;
}

/** Rounds a tone sum to 6 decimals, as Cypher's `round(x, 6)` does for sums of one-decimal tones. */
export function roundToneSum(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** A stored date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) as the first day of its period. */
export function dayOf(saidAt: string): string {
  if (saidAt.length === 4) return `${saidAt}-01-01`;
  if (saidAt.length === 7) return `${saidAt}-01`;
  return saidAt.slice(0, 10);
}

/** No day at all. */
export function emptySpokeDays(): SpokeDays {
  return { days: [], dayCounts: [], dayToneSums: [], dayToneCounts: [], dayMinTones: [], dayMaxTones: [], dayCategoryKeys: [], dayCategoryCounts: [] };
}

interface Day {
  count: number;
  toneSum: number;
  toneCount: number;
  min: number;
  max: number;
}

function addDay(into: Map<string, Day>, day: string, d: Day): void {
  const cur = into.get(day);
  if (!cur) {
    into.set(day, { ...d });
    return;
  }
  if (d.toneCount > 0) {
    cur.min = cur.toneCount > 0 ? Math.min(cur.min, d.min) : d.min;
    cur.max = cur.toneCount > 0 ? Math.max(cur.max, d.max) : d.max;
  }
  cur.count += d.count;
  cur.toneSum += d.toneSum;
  cur.toneCount += d.toneCount;
}

function toArrays(days: Map<string, Day>, categories: Map<string, number>): SpokeDays {
  const out = emptySpokeDays();
  for (const day of [...days.keys()].sort()) {
    const d = days.get(day)!;
    out.days.push(day);
    out.dayCounts.push(d.count);
    out.dayToneSums.push(roundToneSum(d.toneSum));
    out.dayToneCounts.push(d.toneCount);
    out.dayMinTones.push(d.toneCount > 0 ? d.min : 0);
    out.dayMaxTones.push(d.toneCount > 0 ? d.max : 0);
  }
  for (const key of [...categories.keys()].sort()) {
    out.dayCategoryKeys.push(key);
    out.dayCategoryCounts.push(categories.get(key)!);
  }
  return out;
}

/** The day arrays of some statements; those without `saidAt` are left out (they are on no timeline). */
export function spokeDaysOf(statements: DatedStatement[]): SpokeDays {
  const days = new Map<string, Day>();
  const categories = new Map<string, number>();
  for (const s of statements) {
    if (s.saidAt === null || s.saidAt === undefined) continue;
    const day = dayOf(s.saidAt);
    const toned = typeof s.tone === 'number';
    addDay(days, day, { count: 1, toneSum: toned ? s.tone! : 0, toneCount: toned ? 1 : 0, min: toned ? s.tone! : 0, max: toned ? s.tone! : 0 });
    if (s.categoryCode !== null && s.categoryCode !== undefined) {
      const key = `${day}|${s.categoryCode}`;
      categories.set(key, (categories.get(key) ?? 0) + 1);
    }
  }
  return toArrays(days, categories);
}

/** The day arrays of two disjoint sets of statements together (an existing pair and a batch's new statements for it). */
export function mergeSpokeDays(a: SpokeDays, b: SpokeDays): SpokeDays {
  const days = new Map<string, Day>();
  const categories = new Map<string, number>();
  for (const x of [a, b]) {
    x.days.forEach((day, i) => {
      addDay(days, day, { count: x.dayCounts[i]!, toneSum: x.dayToneSums[i]!, toneCount: x.dayToneCounts[i]!, min: x.dayMinTones[i]!, max: x.dayMaxTones[i]! });
    });
    x.dayCategoryKeys.forEach((key, i) => categories.set(key, (categories.get(key) ?? 0) + x.dayCategoryCounts[i]!));
  }
  return toArrays(days, categories);
}
