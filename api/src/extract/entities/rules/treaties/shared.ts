import { COUNTRIES } from '../../../gazetteer/countries';
import { addSpanMention, mentionsOn, tokenIndexAt } from '../../context';
import type { EntityContext, TreatyEntry } from '../../context';
import { treatyRef } from '../../registry';
import type { EntityMention } from '../../types';
import { datelineCountry } from '../contextOwners';

/** A treaty mention found by one pass, kept so later passes can link back to it. */
export interface FoundTreaty {
  treaty: TreatyEntry;
  start: number;
  end: number;
}

/** What the treaty passes share while reading one article. */
export interface TreatyPassState {
  found: FoundTreaty[];
  /** Body ranges already read as a treaty, so a later pass does not read them again. */
  taken: Array<[number, number]>;
  /** Parties a described treaty states itself ("Rabat's free trade agreement with the United States"), by treaty id. */
  stated: Map<string, string[]>;
}

/** One pass of the treaty rule; passes run in `TREATY_PASSES` order over one shared state. */
export interface TreatyPass {
  name: string;
  apply(ctx: EntityContext, state: TreatyPassState): void;
}

/** Head words of a document ("treaty", "joint statement", "truce"), as a regex alternation. */
export const HEAD = 'treaty|treaties|pact|accords?|agreements?|deal|declaration|protocol|joint statement|joint communiqu[eé]|consensus|ceasefire|truce|memorandum of understanding|memorandum|understanding|arrangement|roadmap|convention|charter';

// Words that drop out of a treaty name when name variants are compared (they name no document of their own).
const FUNCTION_WORDS = new Set(['the', 'and', 'for', 'between', 'new']);
const HEAD_WORD = /^(?:treaty|treaties|pact|accords?|agreements?|deal|declaration|protocol|convention|charter|consensus|memorandum|initiative|statement)$/;

const countryWordsByContext = new WeakMap<Map<string, string>, Set<string>>();

/** Content words of a treaty name, without country words, numbers and function words, for merging variants. */
export function contentWords(ctx: EntityContext, name: string): string[] {
  let countryWords = countryWordsByContext.get(ctx.countryNames);
  if (!countryWords) {
    countryWords = new Set([...ctx.countryNames.values()].flatMap((n) => n.toLowerCase().split(' ')));
    countryWordsByContext.set(ctx.countryNames, countryWords);
  }
  const words = countryWords;
  return name.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => (w.length > 2 || /\d/.test(w)) && !/^\d+$/.test(w) && !words.has(w) && !FUNCTION_WORDS.has(w));
}

/** Whether a document name is a variant of one of `others`: one's content words hold the other's, and the smaller set has a word besides the head and place names ("G20 Declaration" joins "Delhi G20 Leaders Declaration"; a bare "Delhi Declaration" joins nothing). */
export function isNameVariant(ctx: EntityContext, name: string, others: readonly string[]): boolean {
  const a = [...new Set(contentWords(ctx, name))];
  const b = [...new Set(others.flatMap((n) => contentWords(ctx, n)))];
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  if (!small.every((w) => large.includes(w))) return false;
  const places = new Set([name, ...others].flatMap(placeWords));
  return small.some((w) => !HEAD_WORD.test(w) && !places.has(w));
}

/** Lowercase words of the country names, capitals and demonyms inside a name ("Lima", "New Delhi", "Bolivarian"). */
function placeWords(name: string): string[] {
  const tokens = name.split(/\s+/).map((text) => ({ text: text.replace(/(?:['’]s|[,.;:'’])$/u, '') }));
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = COUNTRIES.phrases.match(tokens, i);
    if (!hit || hit.value.form === 'blocked') continue;
    for (const t of tokens.slice(i, i + hit.length)) out.push(t.text.toLowerCase());
    i += hit.length - 1;
  }
  return out;
}

/** Countries named in a sentence that can be parties (not mere venues: "in Madrid", "at the UN"). */
export function partiesIn(ctx: EntityContext, start: number, end: number): string[] {
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

/** Adds a mention of `treaty` over [start, end) and keeps its text as an alias. */
export function recordTreaty(ctx: EntityContext, treaty: TreatyEntry, start: number, end: number, mentionText: string): void {
  treaty.aliases.add(mentionText);
  addSpanMention(ctx, start, end, treatyRef(treaty), treaty.named ? 'name' : 'description');
}

/** Records a newly read treaty span in the shared state and as a mention. */
export function takeTreaty(ctx: EntityContext, state: TreatyPassState, treaty: TreatyEntry, start: number, end: number, mentionText: string): void {
  state.found.push({ treaty, start, end });
  state.taken.push([start, end]);
  recordTreaty(ctx, treaty, start, end, mentionText);
}

/** Whether [start, end) overlaps a span an earlier pass read. */
export function isTaken(state: TreatyPassState, start: number, end: number): boolean {
  return state.taken.some(([a, b]) => start < b && end > a);
}
