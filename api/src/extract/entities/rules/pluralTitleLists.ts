import { isTitleHead, isTitleWord } from '../../gazetteer/titles';
import type { EntityContext, EntityRule } from '../context';
import { addRole } from '../personRegistry';
import { ownerAfterName } from '../personRoles';

/** The singular of a plural title head ("Presidents" → "President", "Secretaries" → "Secretary"), or null when the word is no plural title head. */
function singularHead(word: string): string | null {
  for (const [plural, singular] of [[/ies$/, 'y'], [/s$/, '']] as const) {
    if (!plural.test(word)) continue;
    const one = word.replace(plural, singular);
    if (isTitleHead(one.toLowerCase())) return one;
  }
  return null;
}

/** The person mention starting at token `i`, as an exclusive token end, or -1. */
function personAt(ctx: EntityContext, i: number): { id: string; to: number } | null {
  const t = ctx.tokens[i];
  const m = t && ctx.mentions.find((x) => x.start === t.start && x.ref.kind === 'Person');
  if (!m) return null;
  let to = i;
  while (ctx.tokens[to] && (ctx.tokens[to]?.end ?? Infinity) <= m.end) to++;
  return { id: m.ref.id, to };
}

/** "Presidents A of X, B of Y and C of Z", "Foreign Ministers A of X and B of Y": a plural title over a list of names, each with its own owner. */
export const pluralTitleLists: EntityRule = {
  name: 'pluralTitleLists',
  apply(ctx) {
    const { tokens, body } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      const head = tokens[i];
      const singular = head && singularHead(head.text);
      if (!head || !singular) continue;
      let from = i;
      while (from > 0 && isTitleWord(tokens[from - 1]?.lower ?? '') && tokens[from - 1]?.sentence === head.sentence && /^\s+$/.test(body.slice(tokens[from - 1]?.end ?? 0, tokens[from]?.start ?? 0))) from--;
      const plural = body.slice(tokens[from]?.start ?? 0, head.end);
      const title = `${body.slice(tokens[from]?.start ?? 0, head.start)}${singular}`;
      const sentence = ctx.sentences[head.sentence];
      if (!sentence) continue;
      const span = { start: sentence.start, end: sentence.end };
      const found: Array<{ id: string; of: NonNullable<ReturnType<typeof ownerAfterName>> }> = [];
      let j = i + 1;
      for (;;) {
        const p = personAt(ctx, j);
        const of = p ? ownerAfterName(ctx, p.to) : null;
        if (!p || !of) break;
        found.push({ id: p.id, of });
        let k = p.to + 1;
        if (tokens[k]?.lower === 'the') k++;
        const owner = ctx.mentions.find((x) => x.start === tokens[k]?.start && x.ref.id === of.id);
        while (owner && tokens[k] && (tokens[k]?.end ?? Infinity) <= owner.end) k++;
        const gap = body.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0);
        if (gap === ', ' && tokens[k]?.lower === 'and') k++;
        else if (!(gap === ', ' || (gap === ' ' && tokens[k]?.lower === 'and'))) break;
        else if (tokens[k]?.lower === 'and') k++;
        j = k;
      }
      if (found.length < 2) continue;
      for (const f of found) {
        const person = ctx.persons.get(f.id);
        if (!person) continue;
        // The first name of the list took the plural as its own title ("Foreign Ministers X"): the singular replaces it.
        person.roles = person.roles.filter((r) => r.title !== plural);
        addRole(person, { title, of: f.of, span });
      }
    }
  },
};
