import type { Article } from '../../source/types';
import type { EntityRef, Issue, RoleFact, TreatyStatus } from '../types';
import type { EntityMention, MentionForm, Sentence } from './types';
import type { Token } from './tokens';

/** A person found so far: fullest name, surface forms and roles. */
export interface PersonEntry {
  id: string;
  name: string;
  aliases: Set<string>;
  roles: RoleFact[];
  /** Token index of the first mention, for recency and ordering. */
  firstToken: number;
}

/** An organisation found so far. */
export interface OrganizationEntry {
  id: string;
  name: string;
  aliases: Set<string>;
  country: string | null;
  /** Rough type, used to resolve "the bloc", "the alliance", "the government". */
  type: 'international' | 'ministry' | 'government' | 'military' | 'parliament' | 'party' | 'agency' | 'other';
}

/** A treaty found so far. */
export interface TreatyEntry {
  id: string;
  name: string;
  aliases: Set<string>;
  parties: Set<string>;
  signedAt: string | null;
  status: TreatyStatus;
  /** Whether the name is the document's own (capitalised) name rather than a description. */
  named: boolean;
}

/** The working state the rules share while reading one article. */
export interface EntityContext {
  article: Article;
  body: string;
  sentences: Sentence[];
  tokens: Token[];
  /** Per token: which kind of entity already claims it (so later rules skip it), or null. */
  claimed: Array<'country' | 'org' | 'person' | 'treaty' | 'blocked' | null>;
  persons: Map<string, PersonEntry>;
  organizations: Map<string, OrganizationEntry>;
  treaties: Map<string, TreatyEntry>;
  countryNames: Map<string, string>;
  mentions: EntityMention[];
  /** Per token: the mentions covering it, so lookups stay linear on long texts. */
  coverage: Array<EntityMention[] | undefined>;
  issues: Issue[];
}

/** One extraction rule: reads the context and adds entities and mentions to it, in list order. */
export interface EntityRule {
  name: string;
  apply(ctx: EntityContext): void;
}

/** Records a mention over tokens [from, to) of an entity; `claim` marks the tokens as taken for later rules. */
export function addMention(
  ctx: EntityContext,
  from: number,
  to: number,
  ref: EntityRef,
  form: MentionForm,
  claim: EntityContext['claimed'][number] = null,
): EntityMention | null {
  const first = ctx.tokens[from];
  const last = ctx.tokens[to - 1];
  if (!first || !last) return null;
  const mention: EntityMention = { start: first.start, end: last.end, text: ctx.body.slice(first.start, last.end), ref, form };
  ctx.mentions.push(mention);
  cover(ctx, from, to, mention);
  if (claim) for (let k = from; k < to; k++) ctx.claimed[k] = claim;
  return mention;
}

function cover(ctx: EntityContext, from: number, to: number, mention: EntityMention): void {
  for (let k = from; k < to; k++) (ctx.coverage[k] ??= []).push(mention);
}

/** The index of the first token ending after `offset` (binary search), or `tokens.length`. */
export function tokenIndexAt(ctx: EntityContext, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mentions covering token `i` (empty when none). */
export function mentionsOn(ctx: EntityContext, i: number): EntityMention[] {
  return ctx.coverage[i] ?? [];
}

/** The sentence holding a body offset (binary search), or undefined. */
export function sentenceAt(ctx: EntityContext, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Records a mention over a raw character span (for descriptions that start or end mid-token). */
export function addSpanMention(ctx: EntityContext, start: number, end: number, ref: EntityRef, form: MentionForm): EntityMention {
  const mention: EntityMention = { start, end, text: ctx.body.slice(start, end), ref, form };
  ctx.mentions.push(mention);
  let to = tokenIndexAt(ctx, start);
  const from = to;
  while (to < ctx.tokens.length && (ctx.tokens[to]?.start ?? Infinity) < end) to++;
  cover(ctx, from, to, mention);
  return mention;
}

/** The country mention (if any) covering token `i`. */
export function countryAt(ctx: EntityContext, i: number): EntityMention | undefined {
  return mentionsOn(ctx, i).find((m) => m.ref.kind === 'Country');
}

/** The mention of a given kind (if any) covering token `i`, longest first. */
export function mentionAt(ctx: EntityContext, i: number, kind?: EntityRef['kind']): EntityMention | undefined {
  let best: EntityMention | undefined;
  for (const m of mentionsOn(ctx, i)) {
    if (kind && m.ref.kind !== kind) continue;
    if (!best || m.end - m.start > best.end - best.start) best = m;
  }
  return best;
}

/** The reference to a country by code. */
export function countryRef(ctx: EntityContext, iso3: string): EntityRef {
  return { kind: 'Country', id: `country:${iso3}`, name: ctx.countryNames.get(iso3) ?? iso3 };
}
