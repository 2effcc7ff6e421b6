import { isAdjective } from '../../../gazetteer/nameLexicon';
import { mentionsOn, tokenIndexAt } from '../../context';
import type { EntityContext } from '../../context';
import { datelineCountry } from '../contextOwners';
import { HEAD, partiesIn, type FoundTreaty } from './shared';

/** Topic words that make a described document specific ("a maritime border deal", "the prisoner swap agreement"). */
export const CONTENT = /^(binding|policing|peace|partnership|trade|border|boundary|maritime|defen[cs]e|security|nuclear|normali[sz]ation|ceasefire|cooperation|strategic|framework|bilateral|free|economic|joint|[\p{L}\d]+-point|accession|withdrawal|arms|military|investment|energy|gas|climate|reconciliation|friendship|relations|ties|(?:cross-)?servicing|acquisition|logistics|disengagement|repatriation|extradition|readmission|visa|migration|fisher|fishing|port|transit|basing|status-of-forces|customs|tariff|swap|prisoner|hostage|demarcation|delimitation|disarmament|denucleari[sz]ation|non-aggression|armistice|power-sharing|water-sharing|pipeline|minerals?|mining|aviation|labou?r)/u;

// "the agreement on fisheries subsidies": a lowercase topic after "on"; these words end or block it.
const TOPIC_STOP = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'condition', 'hold', 'track', 'paper', 'time', 'behalf', 'board', 'before', 'after', 'at', 'in', 'with', 'by', 'from', 'which', 'who', 'and', 'or', 'was', 'is', 'were', 'are', 'would', 'will', 'could', 'to', 'for', 'of', 'on', 'last', 'next', 'since', 'during', 'under', 'between', 'among', 'as', 'but', 'if', 'when', 'while', 'has', 'had', 'have', 'be', 'been', 'not', 'it', 'they', 'he', 'she', 'we']);

/** The lowercase topic after "the agreement" ("on fisheries subsidies"), as its text and length from `end`, or null. */
export function topicAfter(body: string, end: number): { text: string; length: number } | null {
  const m = /^\s+on\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u.exec(body.slice(end, end + 80));
  const first = m?.[1];
  if (!m || !first || TOPIC_STOP.has(first) || isAdjective(first)) return null;
  const second = m[2] && !TOPIC_STOP.has(m[2]) ? m[2] : undefined;
  const length = second ? m[0].length : m[0].indexOf(first, m[0].indexOf('on') + 2) + first.length;
  return { text: body.slice(end, end + length), length };
}

/** Whether a capitalised modifier that names no entity the article knows sits in [start, end) ("the Aegean fisheries deal", "the Kessel deal"): a named topic. */
export function hasNamedTopic(ctx: EntityContext, start: number, end: number): boolean {
  for (const w of ctx.body.slice(start, end).matchAll(/[\p{Lu}][\p{L}’'-]+/gu)) {
    const at = start + w.index;
    if (!mentionsOn(ctx, tokenIndexAt(ctx, at)).some((m) => m.start <= at && m.end > at)) return true;
  }
  return false;
}

/** The owner and partner of "<country>'s ... agreement with <country>", as country ids, or null. */
export function ownerWithPartner(ctx: EntityContext, start: number, end: number): string[] | null {
  const owner = mentionsOn(ctx, tokenIndexAt(ctx, start)).find((x) => x.ref.kind === 'Country' && x.start === start);
  const partner = partnerAfter(ctx, end);
  return owner && partner && partner !== owner.ref.id ? [owner.ref.id, partner] : null;
}

/** "HONIARA — The government signed a policing deal with China": the dateline country is the other party when the sentence names only the partner after "with". */
export function withDatelineOwner(ctx: EntityContext, sentenceStart: number, sentenceEnd: number, end: number): string[] | null {
  const home = datelineCountry(ctx);
  const partner = partnerAfter(ctx, end);
  if (!home || !partner) return null;
  const parties = partiesIn(ctx, sentenceStart, sentenceEnd);
  return parties.length === 1 && parties[0] === partner && home.id !== partner ? [home.id, partner] : null;
}

/** The country right after "with (the)" at `end`, as an id, or null. */
function partnerAfter(ctx: EntityContext, end: number): string | null {
  const link = /^\s+with\s+(?:the\s+)?/.exec(ctx.body.slice(end, end + 12));
  if (!link) return null;
  const at = end + link[0].length;
  return mentionsOn(ctx, tokenIndexAt(ctx, at)).find((x) => x.ref.kind === 'Country' && x.start === at)?.ref.id ?? null;
}

const HEAD_FAMILY = /^(treaty|treaties|pact|accords?|agreements?|deal)$/i;
const HEAD_WORD = new RegExp(`^(?:${HEAD})$`);

/** The head word of a document name ("Indus Waters Treaty" → "treaty"), singular and lowercase. */
function headOf(name: string): string {
  const words = name.toLowerCase().split(/[^\p{L}-]+/u).filter((w) => HEAD_WORD.test(w));
  return (words[words.length - 1] ?? '').replace(/(ie)?s$/, (x) => (x === 'ies' ? 'y' : ''));
}

/** Whether a document name's head word fits `head` (treaty, pact, accord, agreement and deal are one family). */
export function isHeadCompatible(name: string, head: string): boolean {
  const other = headOf(name);
  return other === head.toLowerCase().replace(/s$/, '') || (HEAD_FAMILY.test(head) && HEAD_FAMILY.test(other));
}

/** The last document before `start` whose head matches `head` (treaty, pact, accord, agreement and deal are one family) and whose topic words do not clash with `mods`. */
export function lastCompatible(found: readonly FoundTreaty[], start: number, head: string, mods: string[]): FoundTreaty | undefined {
  const topics = mods.filter((w) => CONTENT.test(w));
  return found.filter((f) => {
    if (f.start >= start) return false;
    if (!isHeadCompatible(f.treaty.name, head)) return false;
    const theirs = f.treaty.name.toLowerCase().split(/[^\p{L}-]+/u).filter((w) => CONTENT.test(w));
    return topics.length === 0 || theirs.length === 0 || topics.some((w) => theirs.includes(w));
  }).sort((a, b) => a.start - b.start).pop();
}
