import type { Issue } from '../types';
import type { Draft } from './draft';
import { isHeading } from './heading';
import { isNegatedNonAct } from './negated';
import type { MentionIndex } from './mentionIndex';
import type { QuoteSpan } from './quotes';
import { ATTRIBUTION_RULES, type Cue, type RuleContext } from './rules/index';
import { resolveSpeaker, type SpeakerMemory } from './speaker/index';
import type { Unit } from './units';
import { findVerbHits } from './verbHits';

/** Drafts the statements of one unit: each speech verb takes the first rule whose speaker resolves; quotations go to the nearest attributed verb. */
export function draftUnit(body: string, units: Unit[], index: number, mentions: MentionIndex, memory: SpeakerMemory, issues: Issue[]): Draft[] {
  const unit = units[index] as Unit;
  const hits = findVerbHits(unit);
  if (hits.length === 0 || isHeading(unit, body)) return [];
  const ctx: RuleContext = { body, unit, hits };
  const byHit = new Map<number, Cue[]>();
  for (const rule of ATTRIBUTION_RULES) {
    for (const cue of rule.apply(ctx)) {
      const list = byHit.get(cue.hit.start) ?? [];
      list.push(cue);
      byHit.set(cue.hit.start, list);
    }
  }
  let drafts: Draft[] = [];
  let unattributed: number | null = null;
  for (const hit of hits) {
    // "X has not commented" makes no statement; a quotation nearby belongs to someone else.
    if (isNegatedNonAct(hit, body)) continue;
    // A participle after a comma ("X said …, accusing Y of …") continues the act just attributed, or one left unattributed in its sentence.
    if (/ing$/i.test(hit.text) && /,\s*$/.test(body.slice(Math.max(unit.start, hit.start - 3), hit.start))) {
      if (drafts.length > 0 || (unattributed !== null && !/[.!?]\s/.test(body.slice(unattributed, hit.start)))) continue;
    }
    // A relative clause on a speaker ("…," said X, who called on …) is that speaker's second act.
    const relative = drafts.find((d) => hit.start >= d.speaker.end && /^,\s+who\s+(?:also\s+|then\s+|later\s+)?$/.test(body.slice(d.speaker.end, hit.start)));
    if (relative) {
      drafts.push({ ...relative, hit, quotes: [], content: { start: hit.end, end: unit.end }, rule: 'relativeClause' });
      continue;
    }
    for (const cue of byHit.get(hit.start) ?? []) {
      const speaker = resolveSpeaker(cue, body, mentions, memory);
      if (!speaker) continue;
      drafts.push({ speaker, hit, quotes: [], content: cue.content, firstUnit: index, lastUnit: index, leadUnit: null, rule: cue.rule, continuation: false });
      break;
    }
    if (drafts[drafts.length - 1]?.hit !== hit) unattributed = hit.end;
  }
  if (drafts.length === 0 && unit.quotes.length > 0 && hits.some((h) => !h.verb.requiresQuote)) {
    issues.push({ kind: 'unattributed-quote', message: 'statements: a quotation has a speech verb but no speaker among the entities; it was skipped', span: { start: unit.start, end: unit.end } });
  }
  // "X warned …, according to Y" is one act: Y is the channel of X's warning.
  if (drafts.some((d) => d.rule !== 'accordingTo' && isLicensed(d, body, unit.quotes.length > 0))) drafts = drafts.filter((d) => d.rule !== 'accordingTo');
  const nested = assignQuotes(unit.quotes, drafts, body);
  // A nested act that lost its quotation to its reporter is still licensed by it ("… that Y had expressed "regret"").
  const kept = dedupeActs(drafts.filter((d) => isLicensed(d, body, d.quotes.length > 0 || nested.has(d)) && !isReportedAttitude(d, drafts)));
  for (const d of kept) {
    memory.remember(d.speaker.ref, d.hit.start);
    // A joint speaker nested in another's report ("they said that X and Y thanked …") is not who a later "they" means.
    const nested = kept.some((o) => o !== d && o.content !== null && d.hit.start >= o.content.start && d.hit.end <= o.content.end);
    if (!nested) memory.rememberJoint(d.speaker, d.hit.start);
  }
  return kept;
}

/** Whether a verb may make a statement: always, or (for verbs with other senses) only with a quotation or a following "that". */
function isLicensed(d: Draft, body: string, quoted: boolean): boolean {
  if (d.hit.verb.lemma === 'call on' && isVisit(body.slice(d.hit.end, d.hit.end + 200))) return false;
  const { requiresQuote, requiresClause } = d.hit.verb;
  if ((!requiresQuote && !requiresClause) || quoted) return true;
  const after = body.slice(d.hit.end, d.hit.end + 120);
  // A pluperfect ("had asked X to …") recounts an earlier event inside a report, not a new act.
  const pluperfect = /\bhad\s+$/.test(body.slice(Math.max(0, d.hit.start - 6), d.hit.start));
  return requiresClause && (/^\s+that\b/.test(after) || (!pluperfect && hasObjectComplement(d.hit.verb.lemma, after)));
}

// "asked Peru to release …", "cited the drought as the reason for …": an object and a complement make these verbs speech.
const OBJECT_COMPLEMENTS: Record<string, RegExp> = {
  ask: /^\s+(?!not\b)(?:(?!for\b)[\p{L}'’.-]+\s+){1,6}?to\s+(?!the\b|a\b|an\b)\p{Ll}+/u,
  cite: /^\s+(?:[\p{L}'’.-]+\s+){1,6}?as\s+(?:the|a|an|one)\s+(?:main\s+|key\s+|chief\s+)?(?:reason|cause|grounds?|factor|motive|justification)\b/u,
};

/** Whether a verb that needs a clause has the object complement that makes it speech instead. */
function hasObjectComplement(lemma: string, after: string): boolean {
  return OBJECT_COMPLEMENTS[lemma]?.test(after) ?? false;
}

// Verbs of attitude rather than speech: inside another's report ("X said Tokyo hoped to …") they are its content, not a second act.
const ATTITUDE_LEMMAS = new Set(['hope', 'believe', 'express hope']);

/** Whether a draft is an attitude verb without quotation of its own inside another draft's reported clause. */
function isReportedAttitude(d: Draft, drafts: Draft[]): boolean {
  return ATTITUDE_LEMMAS.has(d.hit.verb.lemma) && d.quotes.length === 0 && drafts.some((o) => o !== d && liesIn(o, d));
}

/** "called on X for talks" or "called on X." is a visit, not an appeal: no "to <verb>", "that" or "for <demand>" follows the object in its clause. */
function isVisit(after: string): boolean {
  const clause = after.split(/[.;:!?\n]|,\s+(?:and|but|where|when|who)\b/)[0] ?? '';
  if (/\bfor\s+(?:(?:a|an|the)\s+)?(?:talks|meeting|courtesy|discussions|consultations|bilateral|lunch|dinner|breakfast)\b/i.test(clause)) return true;
  return !/\b(?:to\s+\p{L}|that\b|for\s+)/u.test(clause);
}

/** Gives each quotation to the draft whose verb is nearest; returns the drafts that lost a quotation to the speaker reporting them (nested speech). */
function assignQuotes(quotes: QuoteSpan[], drafts: Draft[], body: string): Set<Draft> {
  const nested = new Set<Draft>();
  if (drafts.length === 0) return nested;
  for (const quote of quotes) {
    let best = drafts[0] as Draft;
    let bestDistance = Infinity;
    for (const d of drafts) {
      // Quotations inside a reported clause belong to that clause's verb.
      const inside = (d.content !== null && quote.start >= d.content.start && quote.end <= d.content.end + 2) || opensRightAfter(d, quote, body);
      const distance = inside ? -1 : quote.end <= d.hit.start ? d.hit.start - quote.end : Math.max(0, quote.start - d.hit.end);
      if (distance < bestDistance || (inside && bestDistance === -1 && innerClaims(best, d, body))) {
        best = d;
        bestDistance = distance;
      }
    }
    best.quotes.push(quote);
    // The reported speaker whose words the reporter quotes ("X told … that Y had expressed "…"") still made a statement.
    for (const d of drafts) if (d !== best && quote.start >= d.hit.end && isNestedIn(best, d, body)) nested.add(d);
  }
  for (const d of drafts) if (d.quotes.length > 0) nested.delete(d);
  return nested;
}

/** A quotation that opens right after the verb ("described it as "…"", "expressed "regret""). */
function opensRightAfter(d: Draft, quote: QuoteSpan, body: string): boolean {
  return quote.start >= d.hit.end && quote.start - d.hit.end <= 30 && /^[^,.;:!?]*$/.test(body.slice(d.hit.end, quote.start));
}

/** Whether `inner`'s verb lies in `outer`'s reported clause. */
function liesIn(outer: Draft, inner: Draft): boolean {
  return outer.content !== null && inner.hit.start >= outer.content.start && inner.hit.start <= outer.content.end;
}

// A clause hung on a noun or the whole report after a comma (", a move that", ", which", ", to which").
const RELATIVE_ON_NOUN = /,\s+(?:(?:a|an|the|this|that)\s+(?:[\p{L}-]+\s+){1,3}(?:that|which|whom)|(?:to\s+|in\s+|by\s+)?which)\s/iu;

/** Nested speech: `inner` is in the complement of `outer`'s verb ("X told … that Y had expressed"), not in a clause hung on a noun. */
function isNestedIn(outer: Draft, inner: Draft, body: string): boolean {
  return liesIn(outer, inner) && !RELATIVE_ON_NOUN.test(body.slice(outer.hit.end, Math.min(inner.speaker.start, inner.hit.start)));
}

/**
 * Whether `inner`, whose verb lies in `outer`'s reported clause, takes a quotation both clauses hold: a clause hung on
 * a noun after a comma (", a move that Y described as "…"") is Y's own act, while nested speech leaves it with X.
 */
function innerClaims(outer: Draft, inner: Draft, body: string): boolean {
  return liesIn(outer, inner) && !isNestedIn(outer, inner, body);
}

/** One speech act per speaker per unit: a second verb of the same speaker ("rejected … and said") folds into the first; a relative clause ("who urged") stays its own act. */
function dedupeActs(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const same = d.rule === 'relativeClause' ? undefined : out.find((o) => o.speaker.ref.id === d.speaker.ref.id);
    if (!same) {
      out.push(d);
      continue;
    }
    same.quotes.push(...d.quotes);
    same.quotes.sort((a, b) => a.start - b.start);
    if (same.quotes.length > 0) same.content = null;
  }
  return out;
}
