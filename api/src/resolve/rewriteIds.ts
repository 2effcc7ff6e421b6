import type { EntityRef, ExtractionResult, Mention } from '../extract/types';

interface Mergeable {
  id: string;
  name: string;
  mentions: Mention[];
  aliases?: string[];
}

/** Rewrites entity ids in one extraction through `mapping` (every kind, every reference); entities that land on one id become one, with aliases, roles, parties and mentions combined. */
export function rewriteEntityIds(extraction: ExtractionResult, mapping: ReadonlyMap<string, string>): ExtractionResult {
  if (mapping.size === 0) return extraction;
  const to = (id: string) => mapping.get(id) ?? id;
  const remap = (ref: EntityRef): EntityRef => (mapping.has(ref.id) ? { ...ref, id: to(ref.id) } : ref);
  return {
    ...extraction,
    persons: combine(
      extraction.persons.map((p) => ({ ...p, id: to(p.id), roles: p.roles.map((r) => (r.of ? { ...r, of: remap(r.of) } : r)) })),
      (a, b) => ({ ...a, roles: [...a.roles, ...b.roles] }),
    ),
    countries: combine(extraction.countries.map((c) => ({ ...c, id: to(c.id) })), (a) => a),
    organizations: combine(
      extraction.organizations.map((o) => ({ ...o, id: to(o.id), country: o.country ? to(o.country) : null })),
      (a, b) => ({ ...a, country: a.country ?? b.country }),
    ),
    treaties: combine(
      extraction.treaties.map((t) => ({ ...t, id: to(t.id), parties: [...new Set(t.parties.map(to))] })),
      (a, b) => ({ ...a, parties: [...new Set([...a.parties, ...b.parties])], signedAt: a.signedAt ?? b.signedAt, status: a.status ?? b.status }),
    ),
    statements: extraction.statements.map((s) => ({ ...s, speaker: remap(s.speaker), about: dedupeRefs(s.about.map(remap)) })),
  };
}

// Keeps the first entity of each id, folding later ones into it: their names become aliases and their mentions join.
function combine<T extends Mergeable>(list: T[], fold: (a: T, b: T) => T): T[] {
  const byId = new Map<string, T>();
  for (const item of list) {
    const first = byId.get(item.id);
    if (!first) {
      byId.set(item.id, item);
      continue;
    }
    const merged = fold(first, item);
    merged.mentions = [...first.mentions, ...item.mentions];
    if (first.aliases) merged.aliases = [...new Set([...first.aliases, item.name, ...(item.aliases ?? [])])];
    byId.set(item.id, merged);
  }
  return [...byId.values()];
}

function dedupeRefs(refs: EntityRef[]): EntityRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}
