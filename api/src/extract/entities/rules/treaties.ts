import { KNOWN_TREATIES } from '../../gazetteer/treaties';
import { PhraseIndex } from '../../gazetteer/phraseIndex';
import { isAdjective } from '../../gazetteer/nameLexicon';
import { addSpanMention, mentionsOn, sentenceAt, tokenIndexAt } from '../context';
import type { EntityContext, EntityRule, TreatyEntry } from '../context';
import { registerTreaty, treatyRef } from '../registry';
import { resolveTreatyDate } from '../treatyDates';
import { detectTreatyStatus } from '../treatyStatus';
import type { EntityMention } from '../types';
import { datelineCountry } from './contextOwners';

const HEAD = 'treaty|treaties|pact|accords?|agreements?|deal|declaration|protocol|joint statement|joint communiqu[eé]|consensus|ceasefire|truce|memorandum of understanding|memorandum|understanding|arrangement|roadmap|convention|charter';
// A capitalised document name: "Intermediate-Range Nuclear Forces Treaty", "Joint Declaration of Peace and Friendship", "Abraham Accords".
const NAMED = new RegExp(`\\b(?:(?:[\\p{Lu}][\\p{L}\\d'’.-]*,?|of|the|on|and|for|between|de|\\d+(?:-\\w+)?) ){0,12}(?:Treaty|Treaties|Pact|Accords?|Agreements?|Declaration|Protocol|Convention|Charter|Initiative|Consensus|Memorandum)(?![\\p{L}])(?: (?:of|on|for) (?:(?:the|a|an) )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)[\\p{Lu}][\\p{L}'’-]*(?:(?: (?:and|of|the|in|for|on|a)){0,2} [\\p{Lu}][\\p{L}'’-]*)*)?`, 'gu');
const KNOWN_TREATY_INDEX = (() => {
  const index = new PhraseIndex<string>();
  for (const t of KNOWN_TREATIES) for (const phrase of [t.name, ...t.aliases]) index.add(phrase, t.name);
  return index;
})();
const QUOTED_TITLE = /[‘“"]((?:Agreement|Treaty|Accord|Declaration|Protocol|Pact|Convention|Charter|Memorandum) (?:on|of|for|between) [^’”"\n]{3,120}?)[’”"]/gu;
const DESCRIBED = new RegExp(`\\b(an?|the|this|that|its|their|his|her|(?:last|this|next) (?:year|month|week)['’]s|[\\p{L}][\\p{L}.]*['’]s)\\s+((?:(?!(?:the|a|an|under|of|with|to|for|in|on|by|from|that|which|this|its|their|or|as|at|is|was|be)\\s)[\\p{L}\\d’'"“”-]+\\s+){0,5}?)[“"‘]?(${HEAD})\\b(?!\\s+(?:deal|agreement|accord|treaty|pact)\\b)(?:\\s+(?:on|of|to|for)\\s+[“"‘]?(?:[\\p{L}’'-]+\\s+){0,5}?(?:peace|borders?|boundary|boundaries|relations|ties|normali[sz]ation|cooperation|partnership|friendship|security|trade|ceasefire|withdrawal)\\b)?`, 'giu');
const TRIGGER = /\b(talks|sign\w*|ratif\w*|agree\w*|reach\w*|conclud\w*|negotiat\w*|broker\w*|ink\w*|adopt\w*|endors\w*|withdr[ae]w\w*|pull\w* out|implement\w*|seal\w*|struck|strike|approv\w*|accept\w*|announc\w*|suspend\w*|violat\w*|breach\w*|abid\w* by|abide|terminat\w*|revok\w*|scrap\w*|invok\w*|in force|renew\w*)\b/i;
const GENERIC = new Set(['new', 'the', 'this', 'that', 'landmark', 'historic', 'final', 'same', 'whole', 'entire', 'proposed', 'possible', 'revised', 'original', 'previous', 'first', 'great', 'fair', 'and', 'balanced', 'current', 'existing', 'such', 'any', 'its', 'their', 'his', 'her', 'a', 'an', 'decades-old', 'old', 'recent', 'last', 'which', 'grain', 'whose', 'it']);
const STOP_START = /^(the|a|an|of|on|and|for|between|de)$/i;
const CONTENT = /^(binding|policing|peace|partnership|trade|border|boundary|maritime|defen[cs]e|security|nuclear|normali[sz]ation|ceasefire|cooperation|strategic|framework|bilateral|free|economic|joint|five-point|accession|withdrawal|arms|military|investment|energy|gas|climate|brexit|reconciliation|friendship|relations|ties|(?:cross-)?servicing|acquisition|logistics|disengagement|repatriation|extradition|readmission|visa|migration|fisher|fishing|port|transit|basing|status-of-forces|customs|tariff|swap|prisoner|hostage|demarcation|delimitation|disarmament|denucleari[sz]ation|non-aggression|armistice|power-sharing|water-sharing|pipeline|minerals?|mining|aviation|labou?r)/;
// Domain-neutral heads that name a document only with a content modifier ("a port arrangement", never "a shared understanding").
const WEAK_HEAD = /^(understanding|arrangement|memorandum|roadmap)$/i;
// A comparative wish ("a stronger defence pact") describes no document unless a treaty verb introduces it.
const COMPARATIVE = /^(stronger|better|broader|deeper|wider|closer|tougher|bigger|more)$/i;
// "the agreement on fisheries subsidies": a lowercase topic after "on"; these words end or block it.
const TOPIC_STOP = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'condition', 'hold', 'track', 'paper', 'time', 'behalf', 'board', 'before', 'after', 'at', 'in', 'with', 'by', 'from', 'which', 'who', 'and', 'or', 'was', 'is', 'were', 'are', 'would', 'will', 'could', 'to', 'for', 'of', 'on', 'last', 'next', 'since', 'during', 'under', 'between', 'among', 'as', 'but', 'if', 'when', 'while', 'has', 'had', 'have', 'be', 'been', 'not', 'it', 'they', 'he', 'she', 'we']);
const DATE_IN_TOPIC = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|today|yesterday|tomorrow|weekend)\b/;
const OVER_SUBJECT = /^\s+over\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3}/u;
const SELF_CONTENT = /^(joint statement|ceasefire|truce|memorandum of understanding)$/i;
const SIGNING = /\b(sign\w*|adopt\w*|ink\w*)\b/i;
const CEASEFIRE_AGREED = /\b(agreed|agrees|agree to|signed|signs|brokered|reached|struck|declared|violat\w*|extended|took effect|took hold)\b/i;
const INITIATIVE_AS_TREATY = /\b(sign\w*|join(?:s|ed|ing)?|ratif\w*|withdr[ae]w\w*|pull\w* out|renew\w*|extend\w*|expir\w*|collaps\w*|broker\w*)\b/i;

/** Content words of a treaty name, without country words, numbers and function words, for merging variants. */
let countryWords: Set<string> | null = null;

function contentWords(ctx: EntityContext, name: string): string[] {
  countryWords ??= new Set([...ctx.countryNames.values()].flatMap((n) => n.toLowerCase().split(' ')));
  return name.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length > 2 && !/^\d+$/.test(w) && !countryWords?.has(w) && !['the', 'and', 'for', 'between', 'new', 'delhi', 'summit'].includes(w));
}


/** Countries named in a sentence that can be parties (not mere venues: "in Madrid", "at the UN"). */
function partiesIn(ctx: EntityContext, start: number, end: number): string[] {
  const out: string[] = [];
  const seen = new Set<EntityMention>();
  // An opening dateline ("DOHA, Qatar —") names where the story was filed, not a party.
  const datelineEnd = datelineCountry(ctx)?.end ?? -1;
  for (let k = tokenIndexAt(ctx, start); k < ctx.tokens.length && (ctx.tokens[k]?.start ?? Infinity) < end; k++) for (const m of mentionsOn(ctx, k)) {
    if (seen.has(m)) continue;
    seen.add(m);
    if (m.ref.kind !== 'Country' || m.start < start || m.end > end || m.end <= datelineEnd) continue;
    const before = ctx.body.slice(Math.max(0, m.start - 40), m.start);
    // Venues ("in Madrid") and mediators ("brokered by Qatar and Egypt") are not parties.
    if (/\b(in|at|near)\s+$/.test(before) || /\b(brokered|mediated|hosted|facilitated|witnessed)\s+by\s+(?:[\p{Lu}][\p{L}.]*\s+){0,3}(?:and\s+)?(?:[\p{Lu}][\p{L}.]*\s+)?$/u.test(before)) continue;
    if (!out.includes(m.ref.id)) out.push(m.ref.id);
  }
  return out;
}

/** The lowercase topic after "the agreement" ("on fisheries subsidies"), as its text and length from `end`, or null. */
function topicAfter(body: string, end: number): { text: string; length: number } | null {
  const m = /^\s+on\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u.exec(body.slice(end, end + 80));
  const first = m?.[1];
  if (!m || !first || TOPIC_STOP.has(first) || isAdjective(first)) return null;
  const second = m[2] && !TOPIC_STOP.has(m[2]) ? m[2] : undefined;
  const length = second ? m[0].length : m[0].indexOf(first, m[0].indexOf('on') + 2) + first.length;
  return { text: body.slice(end, end + length), length };
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

/** The owner and partner of "<country>'s ... agreement with <country>", as country ids, or null. */
function ownerWithPartner(ctx: EntityContext, start: number, end: number): string[] | null {
  const owner = mentionsOn(ctx, tokenIndexAt(ctx, start)).find((x) => x.ref.kind === 'Country' && x.start === start);
  const link = /^\s+with\s+(?:the\s+)?/.exec(ctx.body.slice(end, end + 12));
  if (!owner || !link) return null;
  const partner = mentionsOn(ctx, tokenIndexAt(ctx, end + link[0].length)).find((x) => x.ref.kind === 'Country' && x.start === end + link[0].length);
  return partner && partner.ref.id !== owner.ref.id ? [owner.ref.id, partner.ref.id] : null;
}

const HEAD_FAMILY = /^(treaty|treaties|pact|accords?|agreements?|deal)$/i;

/** The head word of a document name ("Indus Waters Treaty" → "treaty"), singular and lowercase. */
function headOf(name: string): string {
  const words = name.toLowerCase().split(/[^\p{L}-]+/u).filter((w) => new RegExp(`^(?:${HEAD})$`).test(w));
  return (words[words.length - 1] ?? '').replace(/(ie)?s$/, (x) => (x === 'ies' ? 'y' : ''));
}

/** The last document before `start` whose head matches `head` (treaty, pact, accord, agreement and deal are one family) and whose topic words do not clash with `mods`. */
function lastCompatible(found: Array<{ treaty: TreatyEntry; start: number; end: number }>, start: number, head: string, mods: string[]): { treaty: TreatyEntry; start: number; end: number } | undefined {
  const family = HEAD_FAMILY.test(head);
  const topics = mods.filter((w) => CONTENT.test(w));
  return found.filter((f) => {
    if (f.start >= start) return false;
    const other = headOf(f.treaty.name);
    if (!(other === head.toLowerCase().replace(/s$/, '') || (family && HEAD_FAMILY.test(other)))) return false;
    const theirs = f.treaty.name.toLowerCase().split(/[^\p{L}-]+/u).filter((w) => CONTENT.test(w));
    return topics.length === 0 || theirs.length === 0 || topics.some((w) => theirs.includes(w));
  }).sort((a, b) => a.start - b.start).pop();
}

/** "HONIARA — The government signed a policing deal with China": the dateline country is the other party when the sentence names only the partner after "with". */
function withDatelineOwner(ctx: EntityContext, sentenceStart: number, sentenceEnd: number, end: number): string[] | null {
  const home = datelineCountry(ctx);
  const link = /^\s+with\s+(?:the\s+)?/.exec(ctx.body.slice(end, end + 12));
  if (!home || !link) return null;
  const partner = mentionsOn(ctx, tokenIndexAt(ctx, end + link[0].length)).find((x) => x.ref.kind === 'Country' && x.start === end + link[0].length);
  const parties = partiesIn(ctx, sentenceStart, sentenceEnd);
  return partner && parties.length === 1 && parties[0] === partner.ref.id && home.id !== partner.ref.id ? [home.id, partner.ref.id] : null;
}

function record(ctx: EntityContext, treaty: TreatyEntry, start: number, end: number, mentionText: string): void {
  treaty.aliases.add(mentionText);
  addSpanMention(ctx, start, end, treatyRef(treaty), treaty.named ? 'name' : 'description');
}

/** Named treaties ("... Treaty", "the Abraham Accords") and described ones ("signed a strategic partnership treaty with X"), with parties, signing date and status; "the agreement"/"the deal" link to the last treaty. */
export const treaties: EntityRule = {
  name: 'treaties',
  apply(ctx) {
    const { body } = ctx;
    const found: Array<{ treaty: TreatyEntry; start: number; end: number }> = [];
    const taken: Array<[number, number]> = [];
    // Parties a described treaty states itself ("Rabat's free trade agreement with the United States").
    const stated = new Map<string, string[]>();
    // Well-known treaties named by acronym ("New START", "JCPOA").
    for (let i = 0; i < ctx.tokens.length; i++) {
      const hit = KNOWN_TREATY_INDEX.match(ctx.tokens, i);
      if (!hit) continue;
      const start = ctx.tokens[i]?.start ?? 0;
      const end = ctx.tokens[i + hit.length - 1]?.end ?? 0;
      const treaty = registerTreaty(ctx, hit.value, true);
      found.push({ treaty, start, end });
      taken.push([start, end]);
      record(ctx, treaty, start, end, body.slice(start, end));
      i += hit.length - 1;
    }
    // A quoted document title: "the proposal titled ‘Agreement on the path to ...’".
    for (const m of body.matchAll(QUOTED_TITLE)) {
      if (taken.some(([a, b]) => m.index < b && m.index + m[0].length > a)) continue;
      const text = m[1] ?? '';
      const start = m.index + 1;
      const treaty = registerTreaty(ctx, text, true);
      found.push({ treaty, start, end: start + text.length });
      taken.push([start, start + text.length]);
      record(ctx, treaty, start, start + text.length, text);
    }
    // Per sentence, so a name never runs across a sentence end.
    const named = ctx.sentences.flatMap((sentence) => [...sentence.text.matchAll(NAMED)].map((m) => ({ text: m[0], index: sentence.start + m.index })));
    for (const m of named) {
      if (taken.some(([a, b]) => m.index < b && m.index + m.text.length > a)) continue;
      let text = m.text;
      let start = m.index;
      // Never across a sentence end ("... on Monday. The X Treaty").
      const cut = Math.max(text.lastIndexOf('. '), text.lastIndexOf('\n'));
      if (cut >= 0) {
        start += cut + (text[cut] === '.' ? 2 : 1);
        text = text.slice(cut + (text[cut] === '.' ? 2 : 1));
      }
      while (/^\S+ /.test(text) && STOP_START.test(text.split(' ')[0] ?? '')) {
        const cut = text.indexOf(' ') + 1;
        start += cut;
        text = text.slice(cut);
      }
      const year = /^(1[89]\d\d|20\d\d) /.exec(text);
      if (year) {
        start += year[0].length;
        text = text.slice(year[0].length);
      }
      const article = /^(?:Article|Section|Clause|Chapter|Part|Annex|Appendix|Schedule|Paragraph|Title) (?:[IVXLC\d]+|[A-Z])(?:\.\d+)? of (?:the )?(?:(?:1[89]|20)\d\d )?/.exec(text);
      if (article) {
        // "Annex C of the X Treaty": the sub-part label is no person.
        releaseTailPersons(ctx, start, start + article[0].length);
        start += article[0].length;
        text = text.slice(article[0].length);
      }
      // "Convention on Cluster Munitions": a person read only inside the "on/of" tail is the treaty's subject, not a person.
      const tail = /^(?:.*?\b(?:Treaty|Treaties|Pact|Accords?|Agreements?|Declaration|Protocol|Convention|Charter|Consensus|Memorandum) (?:of|on|for) )/u.exec(text);
      if (tail) releaseTailPersons(ctx, start + tail[0].length, start + text.length);
      let hasPerson = false;
      for (let k = tokenIndexAt(ctx, start); k < ctx.tokens.length && (ctx.tokens[k]?.start ?? Infinity) < start + text.length; k++) if (mentionsOn(ctx, k).some((x) => x.ref.kind === 'Person')) hasPerson = true;
      if (text.split(' ').length < 2 || hasPerson) continue;
      // "Amazon Cooperation Treaty Organization": the treaty word inside an organisation's name.
      if (ctx.claimed[tokenIndexAt(ctx, start + text.length - 1)] === 'org') continue;
      // A named initiative is a policy unless states sign, join or leave it ("the Black Sea Grain Initiative" is in the gazetteer).
      if (/Initiative$/.test(text) && !INITIATIVE_AS_TREATY.test(sentenceAt(ctx, start)?.text ?? '')) continue;
      // Variants of one name ("G20 Declaration", "New Delhi G20 Summit Leaders Declaration") merge when one's content words contain the other's.
      const words = contentWords(ctx, text);
      const same = found.find((f) => {
        const other = [f.treaty.name, ...f.treaty.aliases].flatMap((n) => contentWords(ctx, n));
        return f.treaty.named && (words.every((w) => other.includes(w)) || other.every((w) => words.includes(w)));
      });
      const treaty = same?.treaty ?? registerTreaty(ctx, text.replace(/['’]s$/, ''), true);
      found.push({ treaty, start, end: start + text.length });
      taken.push([start, start + text.length]);
      record(ctx, treaty, start, start + text.length, text);
    }
    for (const m of body.matchAll(DESCRIBED)) {
      const start = m.index;
      let end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const sentence = sentenceAt(ctx, start);
      if (!sentence) continue;
      const mods = (m[2] ?? '').toLowerCase().split(/\s+/).filter((w) => w.length > 0);
      let post = m[0].slice((m[1] ?? '').length + (m[2] ?? '').length + (m[3] ?? '').length + 1);
      // "an agreement on Friday to reopen the border": a date is no topic.
      if (DATE_IN_TOPIC.test(post)) {
        end -= post.length;
        post = '';
      }
      // "a binding agreement over the Blue Nile": a named subject after "over".
      const over = post.length === 0 ? OVER_SUBJECT.exec(body.slice(end, end + 80)) : null;
      if (over) {
        post = over[0];
        end += over[0].length;
      }
      const topic = post.length === 0 && /^(the|its|their)$/i.test(m[1] ?? '') ? topicAfter(body, end) : null;
      if (topic) {
        post = topic.text;
        end += topic.length;
      }
      const indefinite = /^(an?)$/i.test(m[1] ?? '');
      const hasContent = mods.some((w) => CONTENT.test(w));
      // Drafts are not documents yet, and "ended without a joint declaration" names none.
      if (mods.includes('draft') || /\bwithout\s+$/i.test(body.slice(Math.max(0, start - 12), start))) continue;
      if (WEAK_HEAD.test(m[3] ?? '') && (!hasContent || !(TRIGGER.test(sentence.text) || /['’]s$/.test(m[1] ?? '')))) {
        // "the memorandum" refers back only to a document with that head word.
        const head = (m[3] ?? '').toLowerCase();
        const same = mods.length === 0 && !indefinite ? found.filter((f) => f.start < start && f.treaty.name.toLowerCase().includes(head)).sort((a, b) => a.start - b.start).pop() : undefined;
        if (same) record(ctx, same.treaty, start, end, body.slice(start, end));
        continue;
      }
      if (indefinite && mods.some((w) => COMPARATIVE.test(w)) && !TRIGGER.test(sentence.text)) continue;
      // A ceasefire or truce is itself the document once agreed ("agreed to a 72-hour truce"); a joint statement only once signed.
      const selfContent = SELF_CONTENT.test(m[3] ?? '') && (SIGNING.test(sentence.text) || (/^(ceasefire|truce)$/i.test(m[3] ?? '') && CEASEFIRE_AGREED.test(sentence.text)));
      if (!hasContent && !selfContent && post.length === 0) {
        // "the declaration" prefers the last document with that head word; "the deal" and "the pact" take the last one named.
        const before = found.filter((f) => f.start < start).sort((a, b) => a.start - b.start);
        const headWord = (m[3] ?? '').toLowerCase();
        const sameHead = /^(declaration|ceasefire|truce|protocol|convention|charter|joint statement)$/.test(headWord) ? before.filter((f) => f.treaty.name.toLowerCase().includes(headWord) || (/^(ceasefire|truce)$/.test(headWord) && /\b(ceasefire|truce)\b/i.test(f.treaty.name))).pop() : undefined;
        const last = sameHead ?? before.pop() ?? found[found.length - 1];
        if (last && !indefinite) record(ctx, last.treaty, start, end, body.slice(start, end));
        // "negotiations on a treaty": a first, bare, indefinite treaty introduced by a treaty verb.
        const bare = indefinite && !last && TRIGGER.test(sentence.text) && /^(treaty|pact|accord|agreement|deal|protocol|declaration|memorandum|convention)$/i.test(m[3] ?? '') && !/^\s+of\b/.test(body.slice(end, end + 4));
        if (!bare) continue;
        // Keep noun modifiers ("access agreement"), drop evaluative adjectives ("a modest agreement").
        const kept = mods.filter((w) => !GENERIC.has(w) && !isAdjective(w) && !/[“”"]/.test(w));
        mods.splice(0, mods.length, ...kept);
      }
      // An owner ("Rabat's free trade agreement") makes a described document specific without a treaty verb.
      // "the water-sharing treaty with Pakistan": a content word and a party complement make it specific too.
      const partyComplement = hasContent && /^\s+(?:with|between)\s+(?:the\s+)?[\p{Lu}]/u.test(body.slice(end, end + 16));
      const specific = TRIGGER.test(sentence.text) || indefinite || (/['’]s$/.test(m[1] ?? '') && hasContent) || partyComplement;
      const postWords = post.toLowerCase().replace(/[“”"‘’]/g, '').trim();
      const core = [...mods.filter((w) => !GENERIC.has(w) && !/[“”"]/.test(w)), (m[3] ?? '').toLowerCase(), ...(postWords ? [postWords] : [])].join(' ');
      const coreWords = contentWords(ctx, core).filter((w) => !/^(treaty|treaties|pact|accords?|agreements?|deal|declaration|protocol|statement|convention|charter)$/.test(w));
      // "the water-sharing treaty" after "the Indus Waters Treaty": a definite description without its own parties is the last document with a compatible head.
      const existing = found.find((f) => (!f.treaty.named && f.treaty.name.toLowerCase().endsWith(core)) || (coreWords.length > 0 && coreWords.every((w) => [f.treaty.name, ...f.treaty.aliases].some((n) => contentWords(ctx, n).includes(w)))))
        ?? (!indefinite && !partyComplement && post.length === 0 ? lastCompatible(found, start, m[3] ?? '', mods) : undefined);
      if (!specific) {
        if (existing && !indefinite) record(ctx, existing.treaty, start, end, body.slice(start, end));
        continue;
      }
      const pair = ownerWithPartner(ctx, start, end) ?? withDatelineOwner(ctx, sentence.start, sentence.end, end);
      const parties = pair ?? partiesIn(ctx, sentence.start, sentence.end).slice(0, 3);
      const treaty = existing?.treaty ?? registerTreaty(ctx, parties.length > 0 ? `${parties.map((p) => ctx.countryNames.get(p.slice(8)) ?? p).sort().join('–')} ${core}` : core, false);
      treaty.aliases.add(core);
      if (pair) stated.set(treaty.id, pair);
      found.push({ treaty, start, end });
      taken.push([start, end]);
      record(ctx, treaty, start, end, body.slice(start, end));
    }
    const byTreaty = new Map<string, EntityMention[]>();
    for (const x of ctx.mentions) if (x.ref.kind === 'Treaty') (byTreaty.get(x.ref.id) ?? byTreaty.set(x.ref.id, []).get(x.ref.id))?.push(x);
    for (const treaty of ctx.treaties.values()) {
      const spans = byTreaty.get(treaty.id) ?? [];
      const sentences = [...new Set(spans.map((x) => sentenceAt(ctx, x.start)).filter((s) => s !== undefined))];
      const first = sentences[0];
      if (first) {
        for (const p of stated.get(treaty.id) ?? partiesIn(ctx, first.start, first.end)) treaty.parties.add(p);
        treaty.signedAt = resolveTreatyDate(first.text, ctx.article.publishedAt);
      }
      treaty.status = detectTreatyStatus(sentences.map((s) => s.text));
    }
  },
};
