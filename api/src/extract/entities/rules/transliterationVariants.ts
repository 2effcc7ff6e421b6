import type { EntityRule, PersonEntry } from '../context';
import { personNameTokens, phoneticKey } from '../ids';

/** A transliteration-blind key of a name word: "Petrow"/"Petrov", "Vassilenko"/"Vasilenko", "Nurgaliyev"/"Nurgaliev", "Andrey"/"Andrei" share it. */
export function transliterationKey(token: string): string {
  // "Nurgaliyev"/"Nurgaliev": the phonetic key turns y into i; letters doubled by that collapse too.
  // "Baghaei"/"Baqaei": gh and q write one sound; "Youssef"/"Yusef": ou and u.
  return phoneticKey(token.replace(/w/gi, 'v').replace(/gh/gi, 'q').replace(/ou/gi, 'u')).replace(/(.)\1+/g, '$1');
}

/** Whether two name token lists are spellings of one name: every word in order has the same key, or the shorter is the other's surname. */
function isVariant(short: string[], full: string[]): boolean {
  if (short.length === 1) return transliterationKey(short[0] ?? '') === transliterationKey(full[full.length - 1] ?? '');
  return short.length === full.length && short.every((t, k) => transliterationKey(t) === transliterationKey(full[k] ?? ''));
}

/** One person named in two transliterations within an article ("Andrei Petrov" ... "Andrey Petrow", "Roman Vassilenko" ... "Vasilenko"): the later spelling becomes an alias of the fuller one. */
export const transliterationVariants: EntityRule = {
  name: 'transliterationVariants',
  apply(ctx) {
    const persons = [...ctx.persons.values()];
    for (const p of persons) {
      const tp = personNameTokens(p.name);
      if (tp.length === 0) continue;
      // The fuller names this spelling may stand for; a surname alone must point at exactly one of them.
      const targets = persons.filter((q): q is PersonEntry => {
        if (q === p || q.name === p.name) return false;
        const tq = personNameTokens(q.name);
        return tq.length >= tp.length && tq.length >= 2 && tq.join(' ') !== tp.join(' ') && isVariant(tp, tq);
      });
      const target = targets.length === 1 ? targets[0] : undefined;
      if (!target || (tp.length > 1 && target.firstToken > p.firstToken)) continue;
      target.aliases.add(p.name);
      for (const a of p.aliases) target.aliases.add(a);
      p.aliases.add(p.name);
      p.name = target.name;
    }
  },
};
