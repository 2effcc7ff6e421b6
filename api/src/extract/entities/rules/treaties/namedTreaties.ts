import { mentionsOn, sentenceAt, tokenIndexAt } from '../../context';
import type { EntityContext } from '../../context';
import { isCommonWord } from '../../../gazetteer/nameLexicon';
import { registerTreaty } from '../../registry';
import { isNameVariant, isTaken, takeTreaty, type TreatyPass } from './shared';

// A capitalised document name: "Intermediate-Range Nuclear Forces Treaty", "Joint Declaration of Peace and Friendship", "Abraham Accords".
const NAMED = new RegExp(`\\b(?:(?:[\\p{Lu}][\\p{L}\\d'’.-]*,?|of|the|on|and|for|between|de|\\d+(?:-\\w+)?) ){0,12}(?:Treaty|Treaties|Pact|Accords?|Agreements?|Declaration|Protocols?|Conventions?|Charter|Initiative|Consensus|Memorandum|Code of Conduct)(?![\\p{L}])(?: (?:of|on|for|in) (?:(?:the|a|an) )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)[\\p{Lu}][\\p{L}'’-]*(?:(?: (?:and|of|the|in|for|on|a)){0,2} [\\p{Lu}][\\p{L}'’-]*)*)?`, 'gu');
const IN_TAIL = /^(.*?\b(?:Treaty|Treaties|Pact|Accords?|Agreements?|Declaration|Protocols?|Conventions?|Charter|Initiative|Consensus|Memorandum)) in .*$/u;
const STOP_START = /^(the|a|an|of|on|and|for|between|de)$/i;
const SUB_PART = /^(?:Article|Section|Clause|Chapter|Part|Annex|Appendix|Schedule|Paragraph|Title) (?:[IVXLC\d]+|[A-Z])(?:\.\d+)? of (?:the )?(?:(?:1[89]|20)\d\d )?/;
const NAME_TAIL = /^(?:.*?\b(?:Treaty|Treaties|Pact|Accords?|Agreements?|Declaration|Protocols?|Conventions?|Charter|Consensus|Memorandum|Code of Conduct) (?:of|on|for|in) )/u;
const INITIATIVE_AS_TREATY = /\b(sign\w*|join(?:s|ed|ing)?|ratif\w*|withdr[ae]w\w*|pull\w* out|renew\w*|extend\w*|expir\w*|collaps\w*|broker\w*)\b/i;

/** Capitalised document names ("the 1998 Lake Victoria Fisheries Treaty"), trimmed of leading function words, a year and a sub-part label; name variants merge. */
export const namedTreaties: TreatyPass = {
  name: 'namedTreaties',
  apply(ctx, state) {
    // Per sentence, so a name never runs across a sentence end.
    const named = ctx.sentences.flatMap((sentence) => [...sentence.text.matchAll(NAMED)].flatMap((m) => splitList(m[0], sentence.start + m.index)));
    for (const m of named) {
      if (isTaken(state, m.index, m.index + m.text.length)) continue;
      const trimmed = trimName(ctx, m.text, m.index);
      if (!trimmed) continue;
      const { text, start } = trimmed;
      // "Amazon Cooperation Treaty Organization": the treaty word inside an organisation's name.
      if (ctx.claimed[tokenIndexAt(ctx, start + text.length - 1)] === 'org') continue;
      // A named initiative is a policy unless states sign, join or leave it.
      if (/Initiative$/.test(text) && !INITIATIVE_AS_TREATY.test(sentenceAt(ctx, start)?.text ?? '')) continue;
      // Variants of one name ("the G20 Declaration" and "the Osaka G20 Leaders' Declaration") merge.
      const same = state.found.find((f) => f.treaty.named && isNameVariant(ctx, text, [f.treaty.name, ...f.treaty.aliases]));
      takeTreaty(ctx, state, same?.treaty ?? registerTreaty(ctx, text.replace(/['’]s$/, ''), true), start, start + text.length, text);
    }
  },
};

// "the Montreal Protocol and the Kyoto Protocol", "the Oslo Accords, the Camp David Accords": a document head closes one name of a list.
const LIST_JOIN = /(?<=\b(?:Treaty|Treaties|Pact|Accords?|Agreements?|Declaration|Protocols?|Conventions?|Charter|Consensus|Memorandum))(?:,? and|,) (?=(?:the )?\p{Lu})/gu;

/** A NAMED match cut into the documents it lists, each with its offset in the body. */
function splitList(text: string, index: number): Array<{ text: string; index: number }> {
  const parts: Array<{ text: string; index: number }> = [];
  let from = 0;
  for (const join of text.matchAll(LIST_JOIN)) {
    parts.push({ text: text.slice(from, join.index), index: index + from });
    from = join.index + join[0].length;
  }
  parts.push({ text: text.slice(from), index: index + from });
  return parts;
}

/** The name proper inside a NAMED match: no leading function words, year or sub-part label; null when it is one word or holds a person. */
function trimName(ctx: EntityContext, matched: string, index: number): { text: string; start: number } | null {
  let text = matched;
  let start = index;
  const drop = (n: number): void => {
    start += n;
    text = text.slice(n);
  };
  // Never across a sentence end ("... on Monday. The X Treaty").
  const cut = Math.max(text.lastIndexOf('. '), text.lastIndexOf('\n'));
  if (cut >= 0) drop(cut + (text[cut] === '.' ? 2 : 1));
  // "Work on the Code of Conduct ...": a common word opening the sentence before a preposition is no part of the name.
  const opener = /^(\p{Lu}\p{Ll}+) (?:on|of|for|between) the /u.exec(text);
  if (opener?.[1] && isCommonWord(opener[1]) && /^\s*$/.test(ctx.body.slice(sentenceAt(ctx, start)?.start ?? start, start))) drop(opener[0].length);
  while (/^\S+ /.test(text) && STOP_START.test(text.split(' ')[0] ?? '')) drop(text.indexOf(' ') + 1);
  // "the Paris Agreement in Brussels": only a code of conduct is named after the waters it covers ("Code of Conduct in the South China Sea").
  const placed = IN_TAIL.exec(text);
  if (placed?.[1]) text = placed[1];
  // A code of conduct needs a name or a remit of its own: a company's "Code of Conduct" is no treaty.
  if (/^Code of Conduct$/.test(text)) return null;
  const year = /^(1[89]\d\d|20\d\d) /.exec(text);
  if (year) drop(year[0].length);
  const subPart = SUB_PART.exec(text);
  if (subPart) {
    // "Annex C of the X Treaty": the sub-part label is no person.
    releaseTailPersons(ctx, start, start + subPart[0].length);
    drop(subPart[0].length);
  }
  // "Convention on Cluster Munitions": a person read only inside the "on/of" tail is the treaty's subject, not a person.
  const tail = NAME_TAIL.exec(text);
  if (tail) releaseTailPersons(ctx, start + tail[0].length, start + text.length);
  let hasPerson = false;
  for (let k = tokenIndexAt(ctx, start); k < ctx.tokens.length && (ctx.tokens[k]?.start ?? Infinity) < start + text.length; k++) if (mentionsOn(ctx, k).some((x) => x.ref.kind === 'Person')) hasPerson = true;
  return text.split(' ').length < 2 || hasPerson ? null : { text, start };
}

/** Drops persons whose every mention lies in [start, end) and who hold no role: words of a treaty's name read as a name. */
function releaseTailPersons(ctx: EntityContext, start: number, end: number): void {
  const inside = ctx.mentions.filter((m) => m.ref.kind === 'Person' && m.start >= start && m.end <= end);
  for (const id of new Set(inside.map((m) => m.ref.id))) {
    const person = ctx.persons.get(id);
    if (!person || person.roles.length > 0 || ctx.mentions.some((m) => m.ref.id === id && (m.start < start || m.end > end))) continue;
    ctx.persons.delete(id);
    ctx.mentions = ctx.mentions.filter((m) => m.ref.id !== id);
    for (let k = tokenIndexAt(ctx, start); k < ctx.tokens.length && (ctx.tokens[k]?.start ?? Infinity) < end; k++) {
      const list = ctx.coverage[k];
      if (list) ctx.coverage[k] = list.filter((m) => m.ref.id !== id);
      if (ctx.claimed[k] === 'person') ctx.claimed[k] = null;
    }
  }
}
