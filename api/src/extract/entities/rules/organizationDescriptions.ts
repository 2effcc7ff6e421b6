import { addSpanMention, mentionsOn, tokenIndexAt } from '../context';
import type { EntityRule } from '../context';
import type { EntityMention } from '../types';

// "the bloc", "the alliance", "the regional bloc", "the military alliance", "the organisation".
const DESCRIPTION = /\b[Tt]he (?:(?:regional|military|western|trade|defen[cs]e|economic|\d+-(?:member|nation)) )?(bloc|alliance|organi[sz]ation|grouping|union)\b/g;

/** Descriptions of international bodies ("the bloc", "the alliance") linked to the last international organisation named before them. */
export const organizationDescriptions: EntityRule = {
  name: 'organizationDescriptions',
  apply(ctx) {
    for (const m of ctx.body.matchAll(DESCRIPTION)) {
      const start = m.index;
      const end = start + m[0].length;
      // Part of a longer name ("the African Union") is not a description.
      if (mentionsOn(ctx, tokenIndexAt(ctx, start + 4)).some((x) => x.start <= start + 4 && x.end >= end)) continue;
      let found: EntityMention | undefined;
      for (let k = tokenIndexAt(ctx, start) - 1; k >= 0 && !found; k--) {
        found = mentionsOn(ctx, k).find((x) => x.ref.kind === 'Organization' && x.end <= start && ctx.organizations.get(x.ref.id)?.type === 'international');
      }
      if (!found) continue;
      ctx.organizations.get(found.ref.id)?.aliases.add(m[0]);
      addSpanMention(ctx, start, end, found.ref, 'description');
    }
  },
};
