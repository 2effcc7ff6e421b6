import { addMention, mentionsOn } from '../context';
import type { EntityContext, EntityRule } from '../context';
import { registerOrganization } from '../registry';

const LEADER_TITLE = /^(?:(?:the|his|her)\s+)?(Prime Minister|President|Chancellor|Premier)$/i;

/** The leader title and country of the person last named before token `i` (within a paragraph), or null. */
function lastLeader(ctx: EntityContext, i: number): { title: string; country: string } | null {
  const limit = (ctx.tokens[i]?.start ?? 0) - 500;
  for (let k = i - 1; k >= 0 && (ctx.tokens[k]?.start ?? 0) > limit; k--) {
    const m = mentionsOn(ctx, k).find((x) => x.ref.kind === 'Person');
    if (!m) continue;
    for (const role of ctx.persons.get(m.ref.id)?.roles ?? []) {
      const title = LEADER_TITLE.exec(role.title)?.[1];
      if (title && role.of?.kind === 'Country') return { title: title.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()), country: role.of.id };
    }
    return null;
  }
  return null;
}

/** "a statement from his office", "Zelensky's office": the office of the leader last named, sharing its id with "<country>'s Prime Minister's Office". */
export const leaderOffices: EntityRule = {
  name: 'leaderOffices',
  apply(ctx) {
    const { tokens } = ctx;
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i]?.lower !== 'office' || ctx.claimed[i]) continue;
      // "Zelensky's office": the possessor is the leader.
      const owned = tokens[i - 1]?.possessive && ctx.claimed[i - 1] === 'person';
      if (!owned && !/^(his|her)$/.test(tokens[i - 1]?.lower ?? '')) continue;
      const leader = lastLeader(ctx, owned ? i : i - 1);
      if (!leader) continue;
      const iso3 = leader.country.slice('country:'.length);
      const name = ctx.countryNames.get(iso3) ?? iso3;
      const ref = registerOrganization(ctx, `${iso3}-${leader.title.toLowerCase().replace(/\s+/g, '-')}-office`, `${leader.title}'s Office of ${name}`, 'government', leader.country, ctx.body.slice(tokens[i - 1]?.start ?? 0, tokens[i]?.end ?? 0));
      if (owned) addMention(ctx, i, i + 1, ref, 'description', 'org');
      else addMention(ctx, i - 1, i + 1, ref, 'description', 'org');
    }
  },
};
