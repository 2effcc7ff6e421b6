import { isAdjective } from '../../../gazetteer/nameLexicon';
import { sentenceAt } from '../../context';
import type { EntityContext } from '../../context';
import { registerTreaty } from '../../registry';
import { CONTENT, hasNamedTopic, isHeadCompatible, lastCompatible, ownerWithPartner, topicAfter, withDatelineOwner } from './describedLinks';
import { contentWords, HEAD, isTaken, partiesIn, recordTreaty, takeTreaty, type FoundTreaty, type TreatyPass, type TreatyPassState } from './shared';

const DESCRIBED = new RegExp(`\\b(an?|the|this|that|its|their|his|her|(?:last|this|next) (?:year|month|week)['’]s|[\\p{L}][\\p{L}.]*['’]s)\\s+((?:(?!(?:the|a|an|under|of|with|to|for|in|on|by|from|that|which|this|its|their|or|as|at|is|was|be)\\s)[\\p{L}\\d’'"“”-]+\\s+){0,5}?)[“"‘]?(${HEAD})\\b(?!\\s+(?:deal|agreement|accord|treaty|pact)\\b)(?:\\s+(?:on|of|to|for)\\s+[“"‘]?(?:[\\p{L}’'-]+\\s+){0,5}?(?:peace|borders?|boundary|boundaries|relations|ties|normali[sz]ation|cooperation|partnership|friendship|security|trade|ceasefire|withdrawal)\\b)?`, 'giu');
const TRIGGER = /\b(talks|sign\w*|ratif\w*|agree\w*|reach\w*|conclud\w*|negotiat\w*|broker\w*|ink\w*|adopt\w*|endors\w*|withdr[ae]w\w*|pull\w* out|implement\w*|seal\w*|struck|strike|approv\w*|accept\w*|announc\w*|suspend\w*|violat\w*|breach\w*|abid\w* by|abide|terminat\w*|revok\w*|scrap\w*|invok\w*|in force|renew\w*)\b/i;
// Evaluative and referring modifiers that name no document ("a landmark deal", "the same agreement").
const GENERIC = new Set(['new', 'the', 'this', 'that', 'landmark', 'historic', 'final', 'same', 'whole', 'entire', 'proposed', 'possible', 'revised', 'original', 'previous', 'first', 'great', 'fair', 'and', 'balanced', 'current', 'existing', 'such', 'any', 'its', 'their', 'his', 'her', 'a', 'an', 'decades-old', 'old', 'recent', 'last', 'which', 'whose', 'it']);
// Domain-neutral heads that name a document only with a content modifier ("a port arrangement", never "a shared understanding").
const WEAK_HEAD = /^(understanding|arrangement|memorandum|roadmap)$/i;
// A comparative wish ("a stronger defence pact") describes no document unless a treaty verb introduces it.
const COMPARATIVE = /^(stronger|better|broader|deeper|wider|closer|tougher|bigger|more)$/i;
const DATE_IN_TOPIC = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|today|yesterday|tomorrow|weekend)\b/;
const OVER_SUBJECT = /^\s+over\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3}/u;
const SELF_CONTENT = /^(joint statement|ceasefire|truce|memorandum of understanding)$/i;
const SIGNING = /\b(sign\w*|adopt\w*|ink\w*)\b/i;
const CEASEFIRE_AGREED = /\b(agreed|agrees|agree to|signed|signs|brokered|reached|struck|declared|violat\w*|extended|took effect|took hold)\b/i;
const HEAD_ONLY = /^(treaty|treaties|pact|accords?|agreements?|deal|declaration|protocol|statement|convention|charter)$/;

/**
 * Described documents ("signed a fisheries cooperation treaty with Peru", "Rabat's free trade agreement with the United States",
 * "the agreement on fisheries subsidies", "agreed to a 72-hour truce"); a bare definite one ("the deal") links to the last
 * compatible document and never makes one of its own.
 */
export const describedTreaties: TreatyPass = {
  name: 'describedTreaties',
  apply(ctx, state) {
    for (const m of ctx.body.matchAll(DESCRIBED)) readDescription(ctx, state, m);
  },
};

/** Reads one DESCRIBED match: links it to a known document, makes a new described treaty, or skips it. */
function readDescription(ctx: EntityContext, state: TreatyPassState, m: RegExpExecArray): void {
  const { body } = ctx;
  const { found } = state;
  const start = m.index;
  let end = start + m[0].length;
  if (isTaken(state, start, end)) return;
  const sentence = sentenceAt(ctx, start);
  if (!sentence) return;
  // "the New START Treaty, the last arms control pact between A and B": a description in apposition to a named document is that document.
  const apposed = /^(the|an?)$/i.test(m[1] ?? '') ? found.find((f) => f.treaty.named && f.end <= start && /^(?:\s+\p{Lu}\p{L}*)?,\s+$/u.test(body.slice(f.end, start))) : undefined;
  if (apposed) {
    takeTreaty(ctx, state, apposed.treaty, start, end, body.slice(start, end));
    return;
  }
  const determiner = m[1] ?? '';
  const head = m[3] ?? '';
  const mods = (m[2] ?? '').toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  // The words after the head (an opening quotation mark may stand before the head: 'a “declaration of peace”').
  let post = m[0].slice(m[0].indexOf(head, determiner.length + (m[2] ?? '').length) + head.length);
  // "an agreement on Friday to reopen the border": a date is no topic.
  if (DATE_IN_TOPIC.test(post)) {
    end -= post.length;
    post = '';
  }
  // 'a treaty of "peace, trade and friendship"': a quoted title after the head runs to its closing quotation mark.
  const opened = /[“"‘]/.exec(post);
  if (opened) {
    const close = /[”"’]/.exec(body.slice(end, end + 160));
    if (close && !/[\n“]/.test(body.slice(end, end + close.index))) {
      const titleEnd = end + close.index - (/[.,;:]$/.test(body.slice(end, end + close.index)) ? 1 : 0);
      post += body.slice(end, titleEnd);
      end = titleEnd;
    }
  }
  // "a binding agreement over the Blue Nile": a named subject after "over".
  const over = post.length === 0 ? OVER_SUBJECT.exec(body.slice(end, end + 80)) : null;
  if (over) {
    post = over[0];
    end += over[0].length;
  }
  const topic = post.length === 0 && /^(the|its|their)$/i.test(determiner) ? topicAfter(body, end) : null;
  if (topic) {
    post = topic.text;
    end += topic.length;
  }
  const indefinite = /^(an?)$/i.test(determiner);
  const modsStart = start + m[0].indexOf(m[2] ?? '', determiner.length);
  const hasContent = mods.some((w) => CONTENT.test(w)) || hasNamedTopic(ctx, modsStart, modsStart + (m[2] ?? '').length);
  // Drafts are not documents yet, and "ended without a joint declaration" names none.
  if (mods.includes('draft') || /\bwithout\s+$/i.test(body.slice(Math.max(0, start - 12), start))) return;
  if (WEAK_HEAD.test(head) && (!hasContent || !(TRIGGER.test(sentence.text) || /['’]s$/.test(determiner)))) {
    // "the memorandum" refers back only to a document with that head word.
    const word = head.toLowerCase();
    const same = mods.length === 0 && !indefinite ? found.filter((f) => f.start < start && f.treaty.name.toLowerCase().includes(word)).sort((a, b) => a.start - b.start).pop() : undefined;
    if (same) recordTreaty(ctx, same.treaty, start, end, body.slice(start, end));
    return;
  }
  if (indefinite && mods.some((w) => COMPARATIVE.test(w)) && !TRIGGER.test(sentence.text)) return;
  // A ceasefire or truce is itself the document once agreed ("agreed to a 72-hour truce"); a joint statement only once signed.
  const selfContent = SELF_CONTENT.test(head) && (SIGNING.test(sentence.text) || (/^(ceasefire|truce)$/i.test(head) && CEASEFIRE_AGREED.test(sentence.text)));
  if (!hasContent && !selfContent && post.length === 0) {
    const last = linkBare(found, start, head);
    if (last && !indefinite) recordTreaty(ctx, last.treaty, start, end, body.slice(start, end));
    // "negotiations on a treaty": a first, bare, indefinite treaty introduced by a treaty verb.
    const bare = indefinite && !last && TRIGGER.test(sentence.text) && /^(treaty|pact|accord|agreement|deal|protocol|declaration|memorandum|convention)$/i.test(head) && !/^\s+of\b/.test(body.slice(end, end + 4));
    if (!bare) return;
    // Keep noun modifiers ("access agreement"), drop evaluative adjectives ("a modest agreement").
    const kept = mods.filter((w) => !GENERIC.has(w) && !isAdjective(w) && !/[“”"]/.test(w));
    mods.splice(0, mods.length, ...kept);
  }
  // An owner ("Rabat's free trade agreement") makes a described document specific without a treaty verb.
  // "the water-sharing treaty with Pakistan": a content word and a party complement make it specific too.
  const partyComplement = hasContent && /^\s+(?:with|between)\s+(?:the\s+)?[\p{Lu}]/u.test(body.slice(end, end + 16));
  const specific = TRIGGER.test(sentence.text) || indefinite || (/['’]s$/.test(determiner) && hasContent) || partyComplement;
  const postWords = post.toLowerCase().replace(/[“”"‘’]/g, '').trim();
  const core = [...mods.filter((w) => !GENERIC.has(w) && !/[“”"]/.test(w)), head.toLowerCase(), ...(postWords ? [postWords] : [])].join(' ');
  const coreWords = contentWords(ctx, core).filter((w) => !HEAD_ONLY.test(w));
  // "the water-sharing treaty" after "the Indus Waters Treaty": a definite description without its own parties is the last document with a compatible head.
  const existing = found.find((f) => (!f.treaty.named && f.treaty.name.toLowerCase().endsWith(core)) || (coreWords.length > 0 && isHeadCompatible(f.treaty.name, head) && coreWords.every((w) => [f.treaty.name, ...f.treaty.aliases].some((n) => contentWords(ctx, n).includes(w)))))
    ?? (!indefinite && !partyComplement && post.length === 0 ? lastCompatible(found, start, head, mods) : undefined);
  if (!specific) {
    if (existing && !indefinite) recordTreaty(ctx, existing.treaty, start, end, body.slice(start, end));
    return;
  }
  const pair = ownerWithPartner(ctx, start, end) ?? withDatelineOwner(ctx, sentence.start, sentence.end, end);
  const parties = pair ?? partiesIn(ctx, sentence.start, sentence.end).slice(0, 3);
  const treaty = existing?.treaty ?? registerTreaty(ctx, parties.length > 0 ? `${parties.map((p) => ctx.countryNames.get(p.slice(8)) ?? p).sort().join('–')} ${core}` : core, false);
  treaty.aliases.add(core);
  if (pair) state.stated.set(treaty.id, pair);
  takeTreaty(ctx, state, treaty, start, end, body.slice(start, end));
}

/** "the declaration" prefers the last document with that head word; "the deal" and "the pact" take the last one named. */
function linkBare(found: readonly FoundTreaty[], start: number, head: string): FoundTreaty | undefined {
  const before = found.filter((f) => f.start < start).sort((a, b) => a.start - b.start);
  const word = head.toLowerCase();
  const sameHead = /^(declaration|ceasefire|truce|protocol|convention|charter|joint statement)$/.test(word)
    ? before.filter((f) => f.treaty.name.toLowerCase().includes(word) || (/^(ceasefire|truce)$/.test(word) && /\b(ceasefire|truce)\b/i.test(f.treaty.name))).pop()
    : undefined;
  return sameHead ?? before.pop() ?? found[found.length - 1];
}
