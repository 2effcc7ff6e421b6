import { HONORIFICS } from '../../gazetteer/titles';
import { tokenIndexAt } from '../context';
import type { EntityRule } from '../context';

// Royal styles that, before a name, are a form of address like an honorific ("Prince Faisal", "Sheikh Tamim").
const STYLES = new Set([...HONORIFICS, 'prince', 'princess']);

/** An honorific before a person's name ("Sheikh Tamim", "Dr. Karim Haddad", "Prince Faisal bin Farhan") is kept with the name as an alias; the name itself stays bare. */
export const honorificAliases: EntityRule = {
  name: 'honorificAliases',
  apply(ctx) {
    for (const m of ctx.mentions) {
      if (m.ref.kind !== 'Person' || (m.form !== 'name' && m.form !== 'alias')) continue;
      const person = ctx.persons.get(m.ref.id);
      const k = tokenIndexAt(ctx, m.start);
      if (!person || ctx.tokens[k]?.start !== m.start) continue;
      let from = k;
      while (from > 0 && STYLES.has(ctx.tokens[from - 1]?.lower.replace(/\.$/, '') ?? '') && ctx.tokens[from - 1]?.cap && /^\.?\s+$/.test(ctx.body.slice(ctx.tokens[from - 1]?.end ?? 0, ctx.tokens[from]?.start ?? 0))) from--;
      if (from === k) continue;
      const alias = ctx.body.slice(ctx.tokens[from]?.start ?? m.start, m.end);
      if (alias !== person.name) person.aliases.add(alias);
    }
  },
};
