import type { EntityRef } from '../types';
import type { MentionIndex } from './mentionIndex';

// "both countries", "the two sides", "each other": the pair of countries the story is about.
const BOTH = /\b(?:(?:both|the\s+two)\s+(?:countries|sides|nations|neighbou?rs|governments|peoples|capitals)|each\s+other|one\s+another)\b/i;

/** The story's pair of countries when `text` refers to "both countries" or "the two sides": the first two the opening paragraph names, else the two most mentioned; else none. */
export function bothCountries(text: string, mentions: MentionIndex, leadEnd: number): EntityRef[] {
  if (!BOTH.test(text)) return [];
  const lead: EntityRef[] = [];
  for (const m of mentions.within(0, leadEnd)) if (m.ref.kind === 'Country' && !lead.some((r) => r.id === m.ref.id)) lead.push(m.ref);
  if (lead.length >= 2) return lead.slice(0, 2);
  const counts = new Map<string, { ref: EntityRef; n: number; first: number }>();
  for (const m of mentions.all()) {
    if (m.ref.kind !== 'Country') continue;
    const c = counts.get(m.ref.id) ?? { ref: m.ref, n: 0, first: m.start };
    c.n++;
    counts.set(m.ref.id, c);
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first);
  // A clear pair only: the second country must be mentioned clearly more often than the third.
  const [a, b, c] = ranked;
  if (!a || !b || (c && c.n >= b.n)) return [];
  return [a.ref, b.ref];
}
