import type { CountryFact, Mention, OrganizationFact, PersonFact, TreatyFact } from '../types';
import type { EntityContext } from './context';
import { personId } from './ids';
import type { EntitiesResult, EntityMention } from './types';

function toMention(m: EntityMention): Mention {
  return { start: m.start, end: m.end, text: m.text };
}

// A military rank alone ("Colonel X") says who the person is, not which post they hold for whom: no role without an owner.
const BARE_RANK = /^(?:(?:lieutenant|major|brigadier|vice|rear)[\s-]+)?(?:general|colonel|captain|admiral|marshal|major|lieutenant|sergeant|commodore)$/i;

/** Whether a role is a military rank with no owner. */
function isBareRank(role: { title: string; of: unknown }): boolean {
  return role.of === null && BARE_RANK.test(role.title.trim());
}

/** Turns the rules' working state into the public entity facts, with final person ids and sorted, de-duplicated mentions. */
export function buildResult(ctx: EntityContext): EntitiesResult {
  // Person ids come from the final, fullest name; two entries with one id merge.
  const finalId = new Map<string, string>();
  const persons = new Map<string, PersonFact>();
  for (const p of ctx.persons.values()) {
    const id = personId(p.name);
    finalId.set(p.id, id);
    const fact = persons.get(id) ?? { id, name: p.name, aliases: [], roles: [], mentions: [] };
    for (const a of p.aliases) if (a !== fact.name && !fact.aliases.includes(a)) fact.aliases.push(a);
    for (const r of p.roles) if (!isBareRank(r) && !fact.roles.some((x) => x.title === r.title && x.of?.id === r.of?.id)) fact.roles.push(r);
    persons.set(id, fact);
  }
  const seen = new Set<string>();
  const mentions: EntityMention[] = [];
  for (const m of ctx.mentions) {
    let ref = m.ref;
    if (ref.kind === 'Person') {
      const id = finalId.get(ref.id) ?? ref.id;
      ref = { kind: 'Person', id, name: persons.get(id)?.name ?? ref.name };
    } else if (ref.kind === 'Organization') {
      ref = { ...ref, name: ctx.organizations.get(ref.id)?.name ?? ref.name };
    }
    const key = `${m.start}:${m.end}:${ref.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    mentions.push({ ...m, ref });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const byId = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byId.get(m.ref.id) ?? [];
    list.push(toMention(m));
    byId.set(m.ref.id, list);
  }
  const countries: CountryFact[] = [];
  for (const [id, list] of byId) {
    if (!id.startsWith('country:')) continue;
    const iso3 = id.slice('country:'.length);
    countries.push({ id, name: ctx.countryNames.get(iso3) ?? iso3, iso3, mentions: list });
  }
  const organizations: OrganizationFact[] = [...ctx.organizations.values()]
    .filter((o) => byId.has(o.id))
    .map((o) => ({ id: o.id, name: o.name, aliases: [...o.aliases].filter((a) => a !== o.name), country: o.country, mentions: byId.get(o.id) ?? [] }));
  const treaties: TreatyFact[] = [...ctx.treaties.values()].map((t) => ({
    id: t.id,
    name: t.name,
    aliases: [...t.aliases].filter((a) => a !== t.name),
    parties: [...t.parties],
    signedAt: t.signedAt,
    status: t.status,
    mentions: byId.get(t.id) ?? [],
  }));
  const personFacts = [...persons.values()].map((p) => ({ ...p, mentions: byId.get(p.id) ?? [] }));
  return { persons: personFacts, countries, organizations, treaties, mentions, issues: ctx.issues };
}
