import type { EntityRef, RoleFact } from '../types';
import { isPortfolioWord } from '../gazetteer/portfolios';
import { HONORIFICS, isTitleHead, isTitleWord } from '../gazetteer/titles';
import { mentionAt } from './context';
import { hasRemit, remitBefore, topicEnd } from './titleTopics';
import type { EntityContext } from './context';
import type { EntityMention } from './types';

/** A title found next to a name: the role, and the token range of the whole title phrase. */
export interface TitleMatch {
  role: RoleFact;
  from: number;
  to: number;
  /** Start/end offsets of the descriptive phrase ("the spokesman for the Chilean Defence Ministry"), when it can stand for the person. */
  phrase: { start: number; end: number } | null;
  /** A surface form worth keeping as an alias without being a mention ("Venezuelan leader"). */
  alias?: string;
  /** Further roles stated in the same phrase ("Prime Minister and Minister of Foreign Affairs"). */
  also?: RoleFact[];
}

const LINKS = new Set(['of', 'for', 'to', 'at']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);

function isWhitespace(ctx: EntityContext, a: number, b: number): boolean {
  const x = ctx.tokens[a];
  const y = ctx.tokens[b];
  return !!x && !!y && x.sentence === y.sentence && /^(['’]s?)?\s+$/.test(ctx.body.slice(x.end, y.start));
}

function isHyphen(ctx: EntityContext, a: number, b: number): boolean {
  const x = ctx.tokens[a];
  const y = ctx.tokens[b];
  return !!x && !!y && x.sentence === y.sentence && ctx.body.slice(x.end, y.start) === '-';
}

/** The country or organisation mention covering token `i`, as a reference. */
function entityAt(ctx: EntityContext, i: number): EntityMention | undefined {
  const m = mentionAt(ctx, i);
  return m && (m.ref.kind === 'Country' || m.ref.kind === 'Organization') ? m : undefined;
}

function spanOfSentence(ctx: EntityContext, i: number): { start: number; end: number } | null {
  const s = ctx.sentences[ctx.tokens[i]?.sentence ?? -1];
  return s ? { start: s.start, end: s.end } : null;
}

/** Title tokens ending just before `end` (exclusive), scanning left: returns the first title token index, or `end` if none. */
function titleStartBefore(ctx: EntityContext, end: number): number {
  let k = end;
  while (k - 1 >= 0 && ctx.claimed[k - 1] !== 'country' && ctx.claimed[k - 1] !== 'org' && isTitleWord(ctx.tokens[k - 1]?.lower ?? '') && (k === end || isWhitespace(ctx, k - 1, k))) {
    if (ctx.tokens[k - 1]?.lower === 'of' && !isTitleWord(ctx.tokens[k - 2]?.lower ?? '')) break;
    k--;
  }
  while (k < end && ctx.tokens[k]?.lower === 'of') k++;
  return k;
}

/** The owner (country or organisation) right before title token `from`: "Russian Foreign Minister", "Eritrea's Information Minister". */
function ownerBefore(ctx: EntityContext, from: number): { ref: EntityRef; start: number } | null {
  const prev = from - 1;
  if (prev < 0 || !isWhitespace(ctx, prev, from)) return null;
  const m = entityAt(ctx, prev);
  if (!m || m.end !== ctx.tokens[prev]?.end) return null;
  return { ref: m.ref, start: m.start };
}

/** Whether only spaces (or ", " when `comma`) separate tokens a and b of one sentence. */
function isJoined(ctx: EntityContext, a: number, b: number, comma: boolean): boolean {
  const x = ctx.tokens[a];
  const y = ctx.tokens[b];
  return !!x && !!y && x.sentence === y.sentence && (comma ? /^,?\s+$/ : /^\s+$/).test(ctx.body.slice(x.end, y.start));
}

/** The head token of a portfolio title ending just before `end` ("Minister of Industry, Trade and Supply"), or -1. */
export function portfolioHeadBefore(ctx: EntityContext, end: number): number {
  const { tokens } = ctx;
  let k = end - 1;
  let words = 0;
  while (k >= 0 && isJoined(ctx, k, k + 1, true)) {
    const t = tokens[k];
    if (!t || ctx.claimed[k]) break;
    if (isPortfolioWord(t.text)) words++;
    else if (!(t.lower === 'and' && words > 0)) break;
    k--;
  }
  if (words === 0 || tokens[k]?.lower !== 'of' || k + 1 >= end) return -1;
  const head = tokens[k - 1];
  return head && /^(minister|ministers|secretary|commissioner|minister-designate)$/.test(head.lower) && isJoined(ctx, k - 1, k, false) && isJoined(ctx, k, k + 1, false) ? k - 1 : -1;
}

/** "Minister of Foreign Affairs of the Republic of Chile Pablo Rojas", "President of the European Commission X": a title tied to the country or body right before the name. */
function titleOfCountryBefore(ctx: EntityContext, nameStart: number): { from: number; ofTok: number; owner: EntityMention } | null {
  const m = entityAt(ctx, nameStart - 1);
  if (!m || m.end !== ctx.tokens[nameStart - 1]?.end || !isJoined(ctx, nameStart - 1, nameStart, false)) return null;
  let k = ctx.tokens.findIndex((t) => t.start === m.start) - 1;
  if (/^(republic|kingdom|state|federation|sultanate|emirate|principality|commonwealth)$/.test(ctx.tokens[k]?.lower ?? '') && ctx.tokens[k - 1]?.lower === 'of') k -= 2;
  if (ctx.tokens[k]?.lower === 'the') k--;
  if (ctx.tokens[k]?.lower !== 'of') return null;
  const head = portfolioHeadBefore(ctx, k);
  const from = head >= 0 ? titleStartBefore(ctx, head + 1) : titleStartBefore(ctx, k);
  if (from >= k || !ctx.tokens.slice(from, k).some((t) => isTitleHead(t.lower))) return null;
  return { from, ofTok: k, owner: m };
}

// Titles of people sent to a body by their country.
const ENVOY_TITLE = /\b(?:ambassador|envoy|representative|delegate)s?$/i;

/** The country whose possessive mention ends right before token offset `start` ("Chile's" in "Chile's UN ambassador"), or null. */
function senderBefore(ctx: EntityContext, start: number): { ref: EntityRef; start: number } | null {
  const k = ctx.tokens.findIndex((t) => t.start === start) - 1;
  const prev = ctx.tokens[k];
  if (!prev || !prev.possessive || !isWhitespace(ctx, k, k + 1)) return null;
  const m = entityAt(ctx, k);
  return m && m.ref.kind === 'Country' ? { ref: m.ref, start: m.start } : null;
}

/** The title directly before a name ("Russian Foreign Minister Sergey Lavrov", "President Erdoğan"), or null. */
export function titleBefore(ctx: EntityContext, nameStart: number): TitleMatch | null {
  const tied = titleOfCountryBefore(ctx, nameStart);
  const portfolio = tied ? -1 : portfolioHeadBefore(ctx, nameStart);
  const remit = tied || portfolio >= 0 ? -1 : remitBefore(ctx, nameStart);
  let from = tied ? tied.from : portfolio >= 0 ? titleStartBefore(ctx, portfolio + 1) : titleStartBefore(ctx, remit >= 0 ? remit : nameStart);
  if (remit >= 0 && from === remit) from = nameStart;
  if (from === nameStart) return null;
  if (!isWhitespace(ctx, nameStart - 1, nameStart)) return null;
  const titleLimit = tied ? tied.ofTok : nameStart;
  const heads = ctx.tokens.slice(from, titleLimit).filter((t) => isTitleHead(t.lower));
  const honorific = nameStart - from === 1 && /^(mr|mrs|ms|dr|sir|dame|miss|sheikh|sheikha)\.?$/.test(ctx.tokens[from]?.lower ?? '');
  if ((heads.length === 0 && !honorific) || ctx.tokens[titleLimit - 1]?.lower === 'of') return null;
  // "Prime Minister and Minister of Foreign Affairs X": an earlier title joined by "and" is a second role with the same owner.
  let also: { from: number; to: number } | null = null;
  if (ctx.tokens[from - 1]?.lower === 'and' && isJoined(ctx, from - 1, from, false)) {
    const first = titleStartBefore(ctx, from - 1);
    if (first < from - 1 && ctx.tokens.slice(first, from - 1).some((t) => isTitleHead(t.lower))) also = { from: first, to: from - 1 };
  }
  const owner = tied ? { ref: tied.owner.ref, start: tied.owner.start } : ownerBefore(ctx, also ? also.from : from);
  // "Chief EU negotiator": title modifiers before the owner belong to the title.
  if (owner && !tied) {
    let k = ctx.tokens.findIndex((t) => t.start === owner.start);
    const ownerStart = k;
    while (k - 1 >= 0 && isTitleWord(ctx.tokens[k - 1]?.lower ?? '') && !/^(of|counterpart)$/.test(ctx.tokens[k - 1]?.lower ?? '') && !ctx.claimed[k - 1] && isWhitespace(ctx, k - 1, k)) k--;
    if (k < ownerStart && !also) from = k;
  }
  // "supreme leader Ayatollah Ali Khamenei": a trailing honorific is not part of the title.
  let titleEnd = titleLimit;
  while (titleEnd - 1 > from && HONORIFICS.has(ctx.tokens[titleEnd - 1]?.lower.replace(/\.$/, '') ?? '')) titleEnd--;
  // "Foreign Minister Prince Faisal": a royal style after a complete title is the person's rank, not part of the office.
  if (titleEnd - 1 > from && /^(prince|princess)$/.test(ctx.tokens[titleEnd - 1]?.lower ?? '') && ctx.tokens.slice(from, titleEnd - 1).some((t) => isTitleHead(t.lower))) titleEnd--;
  let title = ctx.body.slice(ctx.tokens[from]?.start ?? 0, ctx.tokens[titleEnd - 1]?.end ?? 0).replace(/\.$/, '');
  const titleEndOffset = ctx.tokens[titleEnd - 1]?.end ?? 0;
  let alias = owner && !tied ? ctx.body.slice(Math.min(owner.start, ctx.tokens[from]?.start ?? owner.start), titleEndOffset) : undefined;
  // "Chile's UN ambassador X": an envoy to a body is the office of the country whose possessive stands before the body.
  const sender = owner && !tied && !also && owner.ref.kind === 'Organization' && ENVOY_TITLE.test(title) ? senderBefore(ctx, owner.start) : null;
  let of = owner?.ref ?? null;
  if (sender && owner) {
    title = ctx.body.slice(owner.start, titleEndOffset).replace(/\.$/, '');
    alias = ctx.body.slice(sender.start, titleEndOffset);
    of = sender.ref;
  }
  const span = spanOfSentence(ctx, nameStart);
  const extra = also ? [{ title: ctx.body.slice(ctx.tokens[also.from]?.start ?? 0, ctx.tokens[also.to - 1]?.end ?? 0), of, span }] : [];
  return { role: { title, of, span }, from: also ? also.from : from, to: nameStart, phrase: null, ...(alias && !also ? { alias } : {}), ...(extra.length ? { also: extra } : {}) };
}

/** The country or body in "<name> of [the] <Owner>" right after a name ("Former President Luis Vega of Peru"), or null. */
export function ownerAfterName(ctx: EntityContext, nameEnd: number): EntityRef | null {
  if (ctx.tokens[nameEnd]?.lower !== 'of' || !isJoined(ctx, nameEnd - 1, nameEnd, false)) return null;
  const at = ctx.tokens[nameEnd + 1]?.lower === 'the' ? nameEnd + 2 : nameEnd + 1;
  const m = entityAt(ctx, at);
  return m && m.start === ctx.tokens[at]?.start && isJoined(ctx, at - 1, at, false) ? m.ref : null;
}

/** A title phrase starting at token `i`: "[the] [Owner's|Demonym] title-words [of|for [the] Owner]"; returns its parts or null. */
export function titlePhraseAt(ctx: EntityContext, i: number): TitleMatch | null {
  const { tokens } = ctx;
  let k = i;
  const phraseStartTok = k;
  if (DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
  let owner: EntityRef | null = null;
  // "the recalled French ambassador": modifiers before the owner stay in the title.
  let m = k;
  while (tokens[m] && isTitleWord(tokens[m]?.lower ?? '') && (!isTitleHead(tokens[m]?.lower ?? '') || /^(deputy|chief|acting)$/.test(tokens[m]?.lower ?? '')) && !ctx.claimed[m] && isWhitespace(ctx, m, m + 1)) m++;
  const modifiersFrom = m > k && entityAt(ctx, m)?.start === tokens[m]?.start ? k : -1;
  if (modifiersFrom >= 0) k = m;
  const pre = entityAt(ctx, k);
  if (pre && pre.start === tokens[k]?.start) {
    owner = pre.ref;
    while (tokens[k] && (tokens[k]?.end ?? 0) <= pre.end) k++;
  }
  let titleFrom = k;
  // Title words join by spaces, a possessive or a lowercase hyphen ("secretary-general").
  while (tokens[k] && isTitleWord(tokens[k]?.lower ?? '') && !ctx.claimed[k] && (k === titleFrom || isWhitespace(ctx, k - 1, k) || isHyphen(ctx, k - 1, k))) {
    if (tokens[k]?.lower === 'of' && !isTitleWord(tokens[k + 1]?.lower ?? '')) break;
    if (tokens[k]?.lower === 'of' && entityAt(ctx, k + 1)) break;
    k++;
  }
  // "minister of Territorial Administration and Decentralisation": capitalised portfolio words after a minister's "of"/"for" belong to the title.
  if (/^(minister|secretary|commissioner)$/.test(tokens[k - 1]?.lower ?? '') && /^(of|for)$/.test(tokens[k]?.lower ?? '') && isWhitespace(ctx, k - 1, k) && isPortfolioWord(tokens[k + 1]?.text ?? '') && !entityAt(ctx, k + 1)) {
    let e = k + 1;
    let last = e;
    while (tokens[e] && !ctx.claimed[e] && (isPortfolioWord(tokens[e]?.text ?? '') || (/^(and|&)$/.test(tokens[e]?.lower ?? '') && isPortfolioWord(tokens[e + 1]?.text ?? ''))) && isJoined(ctx, e - 1, e, true)) {
      if (isPortfolioWord(tokens[e]?.text ?? '')) last = e;
      e++;
    }
    k = last + 1;
  }
  const titleTo = k;
  // "the UN secretary-general's special envoy": the title is what follows the possessive.
  for (let j = titleFrom; j < titleTo - 1; j++) if (tokens[j]?.possessive && tokens.slice(j + 1, titleTo).some((t) => isTitleHead(t.lower))) titleFrom = j + 1;
  if (titleTo === titleFrom || !tokens.slice(titleFrom, titleTo).some((t) => isTitleHead(t.lower))) return null;
  let end = titleTo;
  let titleEndTok = titleTo;
  // "Moscow's ambassador to Washington": with the owner known, "to <entity>" completes the title.
  if (owner && tokens[k]?.lower === 'to' && isWhitespace(ctx, k - 1, k)) {
    const at = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    const dest = entityAt(ctx, at);
    if (dest && dest.start === tokens[at]?.start) {
      let e = at;
      while (tokens[e] && (tokens[e]?.end ?? 0) <= dest.end) e++;
      end = e;
      titleEndTok = e;
    }
  } else if (!owner && LINKS.has(tokens[k]?.lower ?? '') && isWhitespace(ctx, k - 1, k)) {
    let e = k + 1;
    if (tokens[e]?.lower === 'the') e++;
    const post = entityAt(ctx, e);
    if (post && post.start === tokens[e]?.start) {
      owner = post.ref;
      while (tokens[e] && (tokens[e]?.end ?? 0) <= post.end) e++;
      end = e;
    }
  }
  // "special envoy on Haiti", "the UN's special envoy for Yemen": a topic after "on" (after "for" with an office that has a remit) completes the title.
  const topical = tokens[k]?.lower === 'on' || (tokens[k]?.lower === 'for' && hasRemit(tokens[titleTo - 1]?.lower ?? ''));
  if (end === titleTo && topical && isWhitespace(ctx, k - 1, k) && isWhitespace(ctx, k, k + 1)) {
    const topic = topicEnd(ctx, k + 1, hasRemit(tokens[titleTo - 1]?.lower ?? ''));
    if (topic > k + 1) {
      end = topic;
      titleEndTok = topic;
    }
  }
  const title = ctx.body.slice(tokens[modifiersFrom >= 0 && owner ? modifiersFrom : titleFrom]?.start ?? 0, tokens[titleEndTok - 1]?.end ?? 0);
  const start = tokens[phraseStartTok]?.start ?? 0;
  const phraseEnd = tokens[end - 1]?.end ?? 0;
  return { role: { title, of: owner, span: spanOfSentence(ctx, i) }, from: phraseStartTok, to: end, phrase: { start, end: phraseEnd } };
}

/** "X, minister of Y, and spokesperson for Z,": a second appositive title joined by "and" is one more role. */
function withSecondTitle(ctx: EntityContext, match: TitleMatch): TitleMatch {
  const k = match.to;
  const end = ctx.tokens[k - 1]?.end ?? 0;
  if (ctx.tokens[k]?.lower !== 'and' || !/^,?\s+$/.test(ctx.body.slice(end, ctx.tokens[k]?.start ?? 0)) || ctx.tokens[k]?.sentence !== ctx.tokens[k - 1]?.sentence) return match;
  const second = titlePhraseAt(ctx, k + 1);
  if (!second || !second.role.of) return match;
  const tail = ctx.body.slice(ctx.tokens[second.to - 1]?.end ?? 0, (ctx.tokens[second.to - 1]?.end ?? 0) + 2);
  if (!/^(\s*[,.;:)"”]|\s*$)/u.test(tail)) return match;
  return { ...match, also: [...(match.also ?? []), second.role] };
}

/** An appositive title after a name: "Maria Okafor, the spokeswoman for the Foreign Ministry," or null. */
export function titleAfter(ctx: EntityContext, nameEnd: number): TitleMatch | null {
  const last = ctx.tokens[nameEnd - 1];
  const next = ctx.tokens[nameEnd];
  if (!last || !next || next.sentence !== last.sentence || !/^\s*,\s*$/.test(ctx.body.slice(last.end, next.start))) return null;
  const match = titlePhraseAt(ctx, nameEnd);
  if (!match) return null;
  // The phrase must end the appositive: followed by a comma, the sentence end, or a verb.
  const after = ctx.body.slice(ctx.tokens[match.to - 1]?.end ?? 0, (ctx.tokens[match.to - 1]?.end ?? 0) + 2);
  // A dash may open a second apposition ("X, Prime Minister of Y – the host of ...").
  if (/^(\s*[,.;:)"”]|\s*$|\s[–—])/u.test(after)) return withSecondTitle(ctx, match);
  // "After meeting X, the envoy left": after an opening subordinate clause, "the <title> <verb>" is the main clause.
  const opener = ctx.sentences[last.sentence]?.text.match(/^\s*["“]?(\p{L}+)/u)?.[1]?.toLowerCase() ?? '';
  const word = ctx.body.slice(ctx.tokens[match.to - 1]?.end ?? 0).match(/^\s+(\p{Ll}+)/u)?.[1] ?? '';
  if (!word) return null;
  return /^(who|whose|which)$/.test(word) || !/^(after|before|while|when|upon|since|as|following|despite|during|having|once|until)$/.test(opener) ? match : null;
}

/** An appositive title before a name: "the spokeswoman for the Foreign Ministry, Maria Okafor", or null. */
export function titleBeforeComma(ctx: EntityContext, nameStart: number): TitleMatch | null {
  // "Qatar's prime minister, Sheikh Mohammed ...": honorifics between the comma and the name belong to neither.
  while (nameStart > 0 && HONORIFICS.has(ctx.tokens[nameStart - 1]?.lower.replace(/\.$/, '') ?? '') && isWhitespace(ctx, nameStart - 1, nameStart)) nameStart--;
  // "Its chairman, Senator X, said": a capitalised title of the name's own may stand after the comma when the appositive opens the sentence.
  let titled = nameStart;
  while (titled > 0 && ctx.tokens[titled - 1]?.cap && isTitleWord(ctx.tokens[titled - 1]?.lower ?? '') && isWhitespace(ctx, titled - 1, titled)) titled--;
  if (titled < nameStart && /^\)?\s*,\s*$/.test(ctx.body.slice(ctx.tokens[titled - 1]?.end ?? 0, ctx.tokens[titled]?.start ?? 0))) {
    const opening = ctx.tokens.findIndex((t) => t.sentence === ctx.tokens[titled]?.sentence);
    const match = opening >= 0 && opening < titled ? titlePhraseAt(ctx, opening) : null;
    if (match && match.to === titled && DETERMINERS.has(ctx.tokens[opening]?.lower ?? '')) return match;
  }
  const first = ctx.tokens[nameStart];
  const prev = ctx.tokens[nameStart - 1];
  if (!first || !prev || prev.sentence !== first.sentence || !/^\)?\s*,\s*$/.test(ctx.body.slice(prev.end, first.start))) return null;
  // Try phrase starts up to 10 tokens back, longest first, that end exactly before the comma.
  for (let s = Math.max(0, nameStart - 10); s < nameStart; s++) {
    if (ctx.tokens[s]?.sentence !== first.sentence) continue;
    // A phrase starts at a determiner, an owner ("Moscow's ambassador ..."), or a title word opening the sentence.
    const t = ctx.tokens[s];
    const opensWithOwner = entityAt(ctx, s)?.start === t?.start && (s === 0 || !DETERMINERS.has(ctx.tokens[s - 1]?.lower ?? ''));
    if (!DETERMINERS.has(t?.lower ?? '') && !opensWithOwner) continue;
    const match = titlePhraseAt(ctx, s);
    // "the leader of the Northern Front (NF), Ana Reyes": an acronym in brackets may sit before the comma.
    const bracketed = match && match.to === nameStart - 1 && ctx.body[(ctx.tokens[match.to]?.start ?? 0) - 1] === '(';
    if (match && (match.to === nameStart || bracketed)) return match;
  }
  return null;
}
