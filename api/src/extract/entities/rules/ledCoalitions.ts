import { addMention, addSpanMention } from '../context';
import type { EntityRule } from '../context';
import { registerOrganization } from '../registry';

// "the Saudi-led coalition", "a French-led force", "the US-led mission": a body named by who leads it.
const LED = /\b(\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)?)-led\s+(coalition|alliance|force|forces|mission|bloc|task force|naval mission|military coalition)\b/gu;
// "the coalition" later in the story refers back to it, and so does a capitalised "Coalition" before an officer ("Coalition spokesman X").
const BACK = /\b(?:[Tt]he (coalition|alliance|force|mission)\b|(?<![\p{L}-] ?)(Coalition|Alliance|Mission)(?= (?:spokes(?:man|woman|person)|commander|chief|officials?)\b))/gu;

/** Coalitions and missions named by their leader ("the Saudi-led coalition"), with "the coalition" afterwards linked back. */
export const ledCoalitions: EntityRule = {
  name: 'ledCoalitions',
  apply(ctx) {
    const { body, tokens } = ctx;
    const found: Array<{ head: string; end: number; ref: ReturnType<typeof registerOrganization> }> = [];
    for (const m of body.matchAll(LED)) {
      const from = tokens.findIndex((t) => t.start <= m.index && m.index < t.end);
      const end = m.index + m[0].length;
      let to = from;
      while (tokens[to] && (tokens[to]?.end ?? Infinity) <= end) to++;
      if (from < 0 || tokens.slice(from, to).some((_, n) => ctx.claimed[from + n] && ctx.claimed[from + n] !== 'country' && ctx.claimed[from + n] !== 'blocked')) continue;
      const surface = m[0].replace(/\s+/g, ' ');
      const ref = registerOrganization(ctx, surface, surface, 'military', null, surface);
      addMention(ctx, from, to, ref, 'name', 'org');
      found.push({ head: (m[2] ?? '').split(' ').pop() ?? '', end, ref });
    }
    if (found.length === 0) return;
    for (const m of body.matchAll(BACK)) {
      const head = (m[1] ?? m[2] ?? '').toLowerCase();
      const last = found.filter((f) => f.end <= m.index && f.head.replace(/s$/, '') === head).pop();
      if (!last || ctx.mentions.some((x) => x.start <= m.index + 4 && x.end >= m.index + m[0].length && x.ref.kind === 'Organization')) continue;
      ctx.organizations.get(last.ref.id)?.aliases.add(m[0]);
      addSpanMention(ctx, m.index, m.index + m[0].length, last.ref, 'description');
    }
  },
};
