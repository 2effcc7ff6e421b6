import { mentionsOn, tokenIndexAt } from '../../context';
import type { EntityContext } from '../../context';
import type { EntityMention } from '../../types';
import { registerTreaty } from '../../registry';
import { isTaken, takeTreaty, type TreatyPass } from './shared';

// "the two-month truce between X and Y", "a ceasefire between X and Y": up to three modifiers before the head.
const BETWEEN = /\b(?:the|a|an|its|their)\s+((?:[\p{L}\d-]+\s+){0,3}?)(truce|ceasefire|cease-fire|armistice)\s+between\s+/giu;

/** The country or organisation mention starting at offset `at` (after an optional "the"), or undefined. */
function partyAt(ctx: EntityContext, at: number): EntityMention | undefined {
  const skip = /^(?:the\s+)/i.exec(ctx.body.slice(at, at + 4))?.[0].length ?? 0;
  const k = tokenIndexAt(ctx, at + skip);
  const t = ctx.tokens[k];
  if (!t || t.start !== at + skip) return undefined;
  return mentionsOn(ctx, k).filter((m) => m.start === t.start && (m.ref.kind === 'Country' || m.ref.kind === 'Organization')).sort((a, b) => b.end - a.end)[0];
}

/** A truce or ceasefire between two named parties ("the truce between the Saudi-led coalition and the Houthis") is a document of its own, with those parties. */
export const partiedCeasefires: TreatyPass = {
  name: 'partiedCeasefires',
  apply(ctx, state) {
    for (const m of ctx.body.matchAll(BETWEEN)) {
      const a = partyAt(ctx, m.index + m[0].length);
      if (!a) continue;
      const and = /^\s+and\s+/.exec(ctx.body.slice(a.end, a.end + 6));
      const b = and ? partyAt(ctx, a.end + and[0].length) : undefined;
      if (!b || b.ref.id === a.ref.id || isTaken(state, m.index, b.end)) continue;
      const head = (m[2] ?? '').toLowerCase();
      const name = `${a.ref.name}–${b.ref.name} ${head}`;
      const treaty = registerTreaty(ctx, name, false);
      if (m[1]) treaty.aliases.add(`${m[1]}${m[2] ?? ''}`);
      state.stated.set(treaty.id, [a.ref.id, b.ref.id]);
      takeTreaty(ctx, state, treaty, m.index, b.end, ctx.body.slice(m.index, b.end));
    }
  },
};
