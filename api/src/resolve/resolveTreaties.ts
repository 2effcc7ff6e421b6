import type { EntityRef, ExtractionResult, TreatyFact } from '../extract/types';
import { rewriteEntityIds } from './rewriteIds';
import { chooseTreatyTarget, type TreatyCandidate } from './rules/sameTreatyParties';
import type { PersonMerge } from './types';

/** A stored treaty as `findKnownTreaties` reads it; `pinned` marks a node an editor renamed or merged into (`curated`), which resolution never moves. */
export interface KnownTreaty {
  id: string;
  name: string;
  parties: string[];
  mentions: number;
  pinned: boolean;
}

/** What treaty resolution returns: the rewritten extractions, the ids it redirected, and the stored ids that now point elsewhere. */
export interface TreatyResolution {
  extractions: ExtractionResult[];
  merges: PersonMerge[];
  /** Stored treaty ids that join another treaty: the stored articles naming them must be written again. */
  movedStored: string[];
}

/** The distinct party sets (sorted country ids, non-empty) the treaties of some extractions name, for `findKnownTreaties`. */
export function treatyPartySetsOf(extractions: readonly ExtractionResult[]): string[][] {
  const sets = new Map<string, string[]>();
  for (const x of extractions) for (const t of x.treaties) {
    const parties = [...new Set(t.parties)].sort();
    if (parties.length > 0) sets.set(parties.join('|'), parties);
  }
  return [...sets.values()];
}

/**
 * Resolves the treaties of a batch against the stored treaties of the same parties and against each other with `chooseTreatyTarget`
 * (`rules/sameTreatyParties.ts`): a treaty whose name is a shorter writing of exactly one other treaty of the same parties takes that
 * treaty's id and name, and keeps its own name as an alias. A stored id moves only to a longer name the batch brings; a pinned id
 * (kept by a manual merge) never moves. Pure; never throws.
 */
export function resolveTreaties(extractions: readonly ExtractionResult[], known: readonly KnownTreaty[]): TreatyResolution {
  const pool = new Map<string, TreatyCandidate & { pinned: boolean }>();
  for (const k of known) pool.set(k.id, { id: k.id, name: k.name, parties: [...k.parties], mentions: k.mentions, stored: true, pinned: k.pinned });
  for (const x of extractions) for (const t of x.treaties) {
    const before = pool.get(t.id);
    pool.set(t.id, before
      ? { ...before, parties: [...new Set([...before.parties, ...t.parties])], mentions: before.mentions + t.mentions.length }
      : { id: t.id, name: t.name, parties: [...t.parties], mentions: t.mentions.length, stored: false, pinned: false });
  }
  // Only treaties of exactly the same parties can join, and only party sets the batch names can change: the stored treaties of a
  // party as frequent as the United States are many, but few have the batch's exact parties.
  const partyKey = (c: TreatyCandidate) => [...new Set(c.parties)].sort().join('|');
  const batchKeys = new Set(extractions.flatMap((x) => x.treaties.map((t) => partyKey(pool.get(t.id)!))));
  const byParties = new Map<string, TreatyCandidate[]>();
  for (const c of pool.values()) {
    const key = partyKey(c);
    if (key && batchKeys.has(key)) byParties.set(key, [...(byParties.get(key) ?? []), c]);
  }

  const mapping = new Map<string, string>();
  for (const c of pool.values()) {
    if (c.pinned || !byParties.has(partyKey(c))) continue;
    const target = chooseTreatyTarget(c, byParties.get(partyKey(c))!);
    if (target && target !== c.id) mapping.set(c.id, target);
  }
  // A target is the representative of a maximal group and so maps nowhere itself; the guard keeps a bug from looping.
  for (const [from, to] of mapping) {
    let end = to;
    for (let step = 0; step < 4 && mapping.has(end); step++) end = mapping.get(end)!;
    mapping.set(from, end);
  }
  if (mapping.size === 0) return { extractions: [...extractions], merges: [], movedStored: [] };

  const merges: PersonMerge[] = [];
  const rewritten = extractions.map((x) => {
    if (!x.treaties.some((t) => mapping.has(t.id))) return x;
    const renamed = x.treaties.map((t): TreatyFact => {
      const to = mapping.get(t.id);
      if (!to) return t;
      merges.push({ articleId: x.article.id, fromId: t.id, toId: to, rule: 'sameTreatyParties' });
      return { ...t, name: pool.get(to)!.name, aliases: [...new Set([t.name, ...t.aliases])] };
    });
    return renameTreatyRefs(rewriteEntityIds({ ...x, treaties: renamed }, mapping), new Set(mapping.values()), pool);
  });
  const movedStored = [...mapping.keys()].filter((id) => pool.get(id)!.stored).sort();
  return { extractions: rewritten, merges, movedStored };
}

// Statements that name a moved treaty name it as its new node does.
function renameTreatyRefs(x: ExtractionResult, targets: ReadonlySet<string>, pool: ReadonlyMap<string, TreatyCandidate>): ExtractionResult {
  const rename = (ref: EntityRef): EntityRef => (ref.kind === 'Treaty' && targets.has(ref.id) ? { ...ref, name: pool.get(ref.id)!.name } : ref);
  return { ...x, statements: x.statements.map((s) => ({ ...s, speaker: rename(s.speaker), about: s.about.map(rename) })) };
}
