import type { EntityRule } from '../context';
import type { EntityRef } from '../../types';

// "The foreign minister said ...": a national office named by a definite description opening a sentence, before a lowercase verb.
const DEFINITE_OFFICE = /^\s*["“]?The ((?:(?:foreign|defence|defense|interior|finance|trade|deputy|prime|foreign affairs)\s+)?minister|president|prime minister|premier|chancellor|foreign secretary|secretary of state)\s+(\p{Ll}+)/u;
// Words after the title that show it is not the sentence's subject ("The minister of ...", "The president's office").
const NOT_A_VERB = /^(of|for|to|in|and|or|who|whose|whom|at|on|with|from|by)$/;

/**
 * "Thailand will host the talks, Maris S. told reporters. The foreign minister said …": a sentence opening with a national
 * office as a definite description, right after a sentence that names one person with no office and one country (counting
 * the description's own sentence too), gives that person the office of that country. Precision first: any second person or
 * country in the two sentences, or another holder of the office in the article, and nothing is inferred.
 */
export const anaphoricTitles: EntityRule = {
  name: 'anaphoricTitles',
  apply(ctx) {
    for (let j = 1; j < ctx.sentences.length; j++) {
      const sentence = ctx.sentences[j];
      const previous = ctx.sentences[j - 1];
      if (!sentence || !previous) continue;
      const m = DEFINITE_OFFICE.exec(sentence.text);
      if (!m?.[1] || NOT_A_VERB.test(m[2] ?? '')) continue;
      const title = m[1].replace(/\s+/g, ' ');
      const within = (from: number, to: number) => ctx.mentions.filter((x) => x.start >= from && x.end <= to);
      const persons = new Set(within(previous.start, previous.end).filter((x) => x.ref.kind === 'Person').map((x) => x.ref.id));
      const here = within(sentence.start, sentence.end);
      if (persons.size !== 1 || here.some((x) => x.ref.kind === 'Person')) continue;
      const countries = new Map<string, EntityRef>();
      for (const x of [...within(previous.start, previous.end), ...here]) if (x.ref.kind === 'Country') countries.set(x.ref.id, x.ref);
      const [country] = [...countries.values()];
      if (countries.size !== 1 || !country) continue;
      const person = ctx.persons.get([...persons][0] ?? '');
      if (!person || person.roles.some((r) => r.of !== null)) continue;
      const office = new RegExp(`\\b${title}\\b`, 'i');
      const held = [...ctx.persons.values()].some((p) => p !== person && p.roles.some((r) => office.test(r.title) && (r.of === null || r.of.id === country.id)));
      if (held) continue;
      person.roles.push({ title, of: country, span: { start: sentence.start, end: sentence.end } });
    }
  },
};
