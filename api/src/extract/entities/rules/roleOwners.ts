import { countryRef, mentionsOn, tokenIndexAt } from '../context';
import type { EntityContext, EntityRule, PersonEntry } from '../context';
import type { EntityRef, RoleFact } from '../../types';

// National offices whose owner, when unstated, may be read from the one country their sentence names.
const NATIONAL_TITLE = /\b(president|prime minister|premier|chancellor|minister|secretary of state|foreign secretary|national security advis[eo]r|king|queen|emir|crown prince|general)\b/i;

/** Country ids mentioned in the sentence span, in order, leaving out venues ("in Geneva") and owners of other people's roles. */
function countriesInSentence(ctx: EntityContext, span: { start: number; end: number }, taken: Set<string>): string[] {
  const out: string[] = [];
  for (let k = tokenIndexAt(ctx, span.start); k < ctx.tokens.length && (ctx.tokens[k]?.start ?? Infinity) < span.end; k++) {
    for (const m of mentionsOn(ctx, k)) {
      if (m.ref.kind !== 'Country' || taken.has(m.ref.id) || out.includes(m.ref.id)) continue;
      if (/\b(in|at|near|from|to)\s+$/.test(ctx.body.slice(Math.max(0, m.start - 6), m.start))) continue;
      // Only affiliation forms ("Russian", "Russia's") say whose office it is; a bare name may be the other party.
      const possessive = /^['’]s?/.test(ctx.body.slice(m.end, m.end + 2));
      if (m.form !== 'demonym' && !possessive) continue;
      out.push(m.ref.id);
    }
  }
  return out;
}

// Nation-specific names of the foreign and defence portfolios: a counterpart in another country holds the generic office.
const GENERIC_OFFICES: Array<[RegExp, string]> = [
  [/^(?:external affairs minister|minister of external affairs|minister for external affairs|foreign secretary|secretary of state|minister of foreign affairs|minister for foreign affairs|foreign affairs secretary|foreign affairs minister)$/i, 'foreign minister'],
  [/^(?:defen[cs]e secretary|secretary of defen[cs]e|minister of defen[cs]e|minister for defen[cs]e)$/i, 'defence minister'],
];

/** The title a counterpart takes from the other person's: "External Affairs Minister X and his Chinese counterpart Y" makes Y a foreign minister. */
function counterpartTitle(title: string): string {
  for (const [re, generic] of GENERIC_OFFICES) if (re.test(title.trim())) return generic;
  return title;
}

/** The latest role with a real title held by another person mentioned earlier in the same sentence span. */
function previousTitle(ctx: EntityContext, person: PersonEntry, span: { start: number; end: number }): RoleFact | null {
  let best: { at: number; role: RoleFact } | null = null;
  // Only people named before the counterpart: "X held talks with his counterpart Y and U.N. chief Z".
  const own = ctx.mentions.find((m) => m.ref.id === person.id && m.start >= span.start && m.start < span.end);
  const limit = own ? own.start : span.end;
  for (const m of ctx.mentions) {
    if (m.ref.kind !== 'Person' || m.ref.id === person.id || m.start < span.start || m.start >= limit) continue;
    const role = ctx.persons.get(m.ref.id)?.roles.find((r) => !/counterpart|colleague/i.test(r.title));
    if (role && (!best || m.start > best.at)) best = { at: m.start, role };
  }
  return best?.role ?? null;
}

/** Completes roles: "his Russian counterpart X" takes the other person's title; a national title stated without owner takes the one country its sentence names apart from other people's owners. */
export const roleOwners: EntityRule = {
  name: 'roleOwners',
  apply(ctx) {
    for (const person of ctx.persons.values()) {
      for (let k = 0; k < person.roles.length; k++) {
        const role = person.roles[k];
        if (!role?.span) continue;
        if (/counterpart|colleague/i.test(role.title)) {
          const other = previousTitle(ctx, person, role.span);
          if (other) person.roles[k] = { ...role, title: counterpartTitle(other.title) };
          // "his party colleague X": a colleague is a counterpart only when another office holder stands before.
          else if (/colleague/i.test(role.title)) person.roles.splice(k--, 1);
          continue;
        }
        if (role.of || !NATIONAL_TITLE.test(role.title)) continue;
        const taken = new Set<string>();
        for (const p of ctx.persons.values()) if (p !== person) for (const r of p.roles) if (r.of && r.span?.start === role.span.start) taken.add(r.of.id);
        const here = countriesInSentence(ctx, role.span, taken);
        const owner = here.length === 1 ? here[0] : null;
        if (!owner) continue;
        const ref: EntityRef = countryRef(ctx, owner.slice('country:'.length));
        person.roles[k] = { ...role, of: ref };
      }
    }
  },
};
