import type { EntityRule } from '../context';
import type { EntityMention } from '../types';

// How far back the body an "its" points to may be named.
const REACH = 400;

/** "The Senate Foreign Relations Committee backed the bill. Its chairman, X, said ...": a title after "its" with no owner of its own belongs to the last organisation named before it. */
export const pronounOwners: EntityRule = {
  name: 'pronounOwners',
  apply(ctx) {
    const orgs = ctx.mentions.filter((m) => m.ref.kind === 'Organization').sort((a, b) => a.end - b.end);
    for (const m of ctx.mentions) {
      if (m.ref.kind !== 'Person' || m.form !== 'description' || !/^[Ii]ts\s/.test(m.text)) continue;
      const person = ctx.persons.get(m.ref.id);
      if (!person) continue;
      const k = person.roles.findIndex((r) => !r.of && m.text.toLowerCase().endsWith(r.title.toLowerCase()));
      const role = person.roles[k];
      if (!role) continue;
      let owner: EntityMention | undefined;
      for (const o of orgs) if (o.end <= m.start && m.start - o.end <= REACH) owner = o;
      if (owner) person.roles[k] = { ...role, of: owner.ref };
    }
  },
};
