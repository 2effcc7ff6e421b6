import type { EntityMention } from '../entities/types';

/** Entity mentions sorted by start, with range look-ups by binary search. */
export class MentionIndex {
  private readonly sorted: EntityMention[];

  constructor(mentions: readonly EntityMention[], private readonly body = '') {
    this.sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Mentions lying wholly inside `[from, to)`, in text order. */
  within(from: number, to: number): EntityMention[] {
    const out: EntityMention[] = [];
    for (let i = this.firstAtOrAfter(from); i < this.sorted.length; i++) {
      const m = this.sorted[i] as EntityMention;
      if (m.start >= to) break;
      if (m.end <= to) out.push(m);
    }
    return out;
  }

  /** Mentions inside `[from, to)` that no other mention there contains, and that can speak (not treaties): the candidates for a speaker. */
  speakersWithin(from: number, to: number): EntityMention[] {
    const inside = this.within(from, to).filter((m) => m.ref.kind !== 'Treaty');
    return inside.filter((m) => !inside.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  }

  /** Body text between two offsets. */
  textBetween(from: number, to: number): string {
    return this.body.slice(from, to);
  }

  /** Every mention, in text order. */
  all(): readonly EntityMention[] {
    return this.sorted;
  }

  /** Index of the first mention starting at or after `at`. */
  private firstAtOrAfter(at: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] as EntityMention).start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
