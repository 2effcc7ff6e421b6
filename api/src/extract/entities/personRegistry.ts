import type { EntityRef, RoleFact } from '../types';
import type { EntityContext, PersonEntry } from './context';
import { arePersonNamesCompatible, personNameTokens } from './ids';

/** Whether `short` is a contiguous tail of `full`'s tokens ("Le Drian" in "Jean-Yves Le Drian"). */
function isTailOf(short: string, full: string): boolean {
  const a = personNameTokens(short);
  const b = personNameTokens(full);
  if (a.length === 0 || a.length >= b.length) return false;
  return a.every((t, k) => b[b.length - a.length + k] === t);
}

/** The existing person a name can denote, preferring the most recently started entry; null when none. */
export function findPerson(ctx: EntityContext, name: string): PersonEntry | null {
  let best: PersonEntry | null = null;
  for (const p of ctx.persons.values()) {
    if (arePersonNamesCompatible(p.name, name) || isTailOf(name, p.name) || isTailOf(p.name, name)) {
      if (!best || p.firstToken > best.firstToken) best = p;
    }
  }
  return best;
}

/** Finds or creates the person for a name form; the fuller name becomes the canonical one and every form is kept as an alias. */
export function registerPerson(ctx: EntityContext, name: string, tokenIndex: number): PersonEntry {
  const found = findPerson(ctx, name);
  if (found) {
    if (personNameTokens(name).length > personNameTokens(found.name).length) {
      found.aliases.add(found.name);
      found.name = name;
    } else if (name !== found.name) found.aliases.add(name);
    return found;
  }
  const entry: PersonEntry = { id: `p${ctx.persons.size + 1}`, name, aliases: new Set(), roles: [], firstToken: tokenIndex };
  ctx.persons.set(entry.id, entry);
  return entry;
}

/** Adds a role unless the same title is already known for the same owner (or with an owner, when this one has none); an owned role replaces an ownerless one. */
export function addRole(person: PersonEntry, role: RoleFact): void {
  // Honorifics ("Mr", "Dr") are forms of address, not roles.
  if (/^(mr|mrs|ms|miss|dr|sir|dame|madam|sheikh|sheikha|ayatollah)\.?$/i.test(role.title)) return;
  const title = role.title.toLowerCase();
  if (person.roles.some((r) => r.title.toLowerCase() === title && (r.of?.id === role.of?.id || (r.of && !role.of)))) return;
  // "Minister Saidov" after "Minister of Foreign Affairs ... Saidov": a shortened title repeats the fuller one.
  const words = (t: string) => t.toLowerCase().split(/[\s,-]+/).filter((w) => w && w !== 'of' && w !== 'the' && w !== 'and');
  const within = (a: string, b: string) => words(a).every((w) => words(b).includes(w)) && words(a).length < words(b).length;
  if (person.roles.some((r) => within(role.title, r.title) && (!role.of || r.of?.id === role.of.id))) return;
  const shorter = person.roles.findIndex((r) => within(r.title, role.title) && (!r.of || r.of.id === role.of?.id));
  if (shorter >= 0) {
    person.roles.splice(shorter, 1, role);
    return;
  }
  const ownerless = person.roles.findIndex((r) => r.title.toLowerCase() === title && !r.of);
  if (ownerless >= 0 && role.of) person.roles.splice(ownerless, 1, role);
  else person.roles.push(role);
}

/** The working reference to a person (its id is finalised when the result is built). */
export function personRef(person: PersonEntry): EntityRef {
  return { kind: 'Person', id: person.id, name: person.name };
}
