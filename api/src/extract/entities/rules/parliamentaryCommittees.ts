import { addMention, addSpanMention } from '../context';
import type { EntityContext, EntityRule } from '../context';
import { registerOrganization } from '../registry';

// Words naming a chamber whose committees are bodies of their own.
const CHAMBERS = /^(?:parliament|senate|house|duma|assembly|congress|knesset|bundestag|majlis|diet|legislature|chamber|sejm|rada|storting|riksdag|council|sabha)$/;
// Lowercase words that may make up a committee's remit ("international affairs", "defence and security").
const REMIT = /^(?:\p{Ll}[\p{Ll}-]*)$/u;
const STOP = /^(?:on|for|of|the|a|an|and|to|in|at|said|says|has|had|was|is|will|would|met|which|that|who)$/;

/** Whether the words before token `k` name a chamber as owner: "the upper house's", "parliament's", "the parliamentary", "Senate". */
function chamberBefore(ctx: EntityContext, k: number): number {
  const prev = ctx.tokens[k - 1];
  if (!prev || prev.sentence !== ctx.tokens[k]?.sentence) return -1;
  if (prev.lower === 'parliamentary' || prev.lower === 'congressional' || prev.lower === 'legislative') return k - 1;
  if (!CHAMBERS.test(prev.lower) || !/^(['’]s?)?\s+$/.test(ctx.body.slice(prev.end, ctx.tokens[k]?.start ?? 0))) return -1;
  // "the upper house's", "the lower house's": the chamber's own modifier belongs to the owner.
  return /^(upper|lower|national|federal|state)$/.test(ctx.tokens[k - 2]?.lower ?? '') ? k - 2 : k - 1;
}

/** Parliamentary committees written in lowercase: "the upper house's committee on international affairs", "parliament's foreign affairs committee", "a parliamentary committee for defence and security", "the Council's sanctions committee on South Sudan". */
export const parliamentaryCommittees: EntityRule = {
  name: 'parliamentaryCommittees',
  apply(ctx) {
    const { tokens, body } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || t.text !== 'committee' || ctx.claimed[i]) continue;
      let from = i;
      let to = i + 1;
      if (/^(on|for)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.sentence === t.sentence) {
        // "committee on international affairs", "sanctions committee on South Sudan": up to five remit words after "on"/"for",
        // "and" between them; a capitalised remit is a country or a run of capitalised words.
        let k = i + 2;
        let last = -1;
        const capital = /^\p{Lu}/u.test(tokens[k]?.text ?? '');
        while (k < i + 8 && tokens[k]?.sentence === t.sentence && (capital ? /^\p{Lu}/u.test(tokens[k]?.text ?? '') || tokens[k]?.lower === 'and' : REMIT.test(tokens[k]?.text ?? '')) && /^\s+$/.test(body.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0))) {
          if (!STOP.test(tokens[k]?.lower ?? '')) last = k;
          else if (tokens[k]?.lower !== 'and') break;
          k++;
        }
        if (last >= 0) to = last + 1;
      }
      // "foreign affairs committee", "the sanctions committee on X": up to three remit words before it.
      while (from > i - 3 && REMIT.test(tokens[from - 1]?.text ?? '') && !STOP.test(tokens[from - 1]?.lower ?? '') && !CHAMBERS.test(tokens[from - 1]?.lower ?? '') && !/^(parliamentary|congressional|legislative)$/.test(tokens[from - 1]?.lower ?? '') && tokens[from - 1]?.sentence === t.sentence && /^\s+$/.test(body.slice(tokens[from - 1]?.end ?? 0, tokens[from]?.start ?? 0))) from--;
      if (from === i && to === i + 1) continue;
      const owner = chamberBefore(ctx, from);
      // A country named in the remit stays a country mention too.
      if (owner < 0 || tokens.slice(from, to).some((_, n) => ctx.claimed[from + n] && ctx.claimed[from + n] !== 'country')) continue;
      const name = body.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
      const full = body.slice(tokens[owner]?.start ?? 0, tokens[to - 1]?.end ?? 0);
      const ref = registerOrganization(ctx, name, name, 'parliament', null, full);
      addMention(ctx, from, to, ref, 'name', 'org');
      if (owner < from) addSpanMention(ctx, tokens[owner]?.start ?? 0, tokens[to - 1]?.end ?? 0, ref, 'alias');
      i = to - 1;
    }
  },
};
