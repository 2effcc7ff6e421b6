import { findDates } from '../dates/index';
import type { DateSource } from '../types';
import type { Draft } from './draft';
import type { Unit } from './units';

/** How far before publication a date in the narration may lie and still mark the occasion later remarks were made at. */
const OCCASION_DAYS = 7;

// "by the end of March", "until Friday", "since Monday": a deadline or a range, not when something was said.
const DEADLINE_BEFORE = /\b(?:by|until|till|before|after|since|from|through|ahead of|starting)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?$/i;

/** A day-precision date in a unit's narration at body offset `at`; `relative` when it needed the publication date. */
export interface UnitDate {
  at: number;
  value: string;
  relative: boolean;
}

/** A statement's day and where it comes from. */
export interface StatementDate {
  value: string;
  source: DateSource;
}

/** Day-precision dates of each unit's narration (quoted words masked), never after publication. */
export function datesPerUnit(units: Unit[], publishedAt: string | null): UnitDate[][] {
  return units.map((unit) =>
    findDates(unit.frame, publishedAt)
      .filter((d) => d.precision === 'day' && (!publishedAt || d.value <= publishedAt) && !DEADLINE_BEFORE.test(unit.frame.slice(Math.max(0, d.start - 24), d.start)))
      .map((d) => ({ at: unit.start + d.start, value: d.value, relative: d.relative })),
  );
}

// A vague past time in the statement's own narration ("last week", "earlier this month"): it was said on no day the text gives.
const VAGUE_PAST = /\b(?:last|past|previous)\s+(?:week|month|year)\b|\bearlier\s+(?:this|in\s+the)\s+(?:week|month|year)\b|\b(?:weeks|months|years)\s+ago\b|\bin\s+recent\s+(?:days|weeks|months)\b/i;

/**
 * The day a statement was made: the date in its own narration nearest its verb; else the date of the same speaker's
 * previous statement when this one continues it; else the first recent date of the opening paragraph (the occasion
 * the article reports, at most a week before publication), else the latest recent date the narration gave before it.
 * A statement whose narration places it only vaguely in the past ("last month", "earlier this year") gets no date.
 * Its own date is `stated` or `relative`; an inherited one keeps its source; one borrowed from the story is `publication`.
 */
export function statementDate(draft: Draft, units: Unit[], unitDates: ReadonlyArray<readonly UnitDate[]>, inherited: StatementDate | null, publishedAt: string | null): StatementDate | null {
  let best: { date: UnitDate; distance: number } | null = null;
  const reportStart = reportedClauseStart(draft, units);
  // A merged lead sentence is the statement's own narration too ("X on Monday denied …" before the quotation).
  const own = draft.leadUnit === null ? [] : [draft.leadUnit];
  for (let u = draft.firstUnit; u <= draft.lastUnit; u++) own.push(u);
  for (const u of own) {
    for (const d of unitDates[u] ?? []) {
      // Inside a reported clause a date belongs to the event reported, not to the speech ("said fighting began on April 15").
      if (draft.content && d.at > reportStart && d.at < draft.content.end) continue;
      const distance = Math.abs(d.at - draft.hit.start);
      if (!best || distance < best.distance) best = { date: d, distance };
    }
  }
  if (best) return { value: best.date.value, source: best.date.relative ? 'relative' : 'stated' };
  if (hasVaguePast(draft, units)) return null;
  if (inherited) return inherited;
  if (!publishedAt) return null;
  const earliest = new Date(Date.parse(`${publishedAt}T00:00:00Z`) - OCCASION_DAYS * 86_400_000).toISOString().slice(0, 10);
  for (let u = 0; u < draft.firstUnit && units[u]?.paragraph === 0; u++) {
    const recent = (unitDates[u] ?? []).find((d) => d.value >= earliest);
    if (recent) return { value: recent.value, source: 'publication' };
  }
  for (let u = draft.firstUnit - 1; u >= 0; u--) {
    const recent = (unitDates[u] ?? []).filter((d) => d.value >= earliest);
    const last = recent[recent.length - 1];
    if (last) return { value: last.value, source: 'publication' };
  }
  return null;
}

/** Whether the statement's narration before its reported clause places it vaguely in the past ("said last week"). */
function hasVaguePast(draft: Draft, units: Unit[]): boolean {
  for (let u = draft.firstUnit; u <= draft.lastUnit; u++) {
    const unit = units[u] as Unit;
    const frame = draft.content && u === draft.firstUnit ? unit.frame.slice(0, Math.max(0, reportedClauseStart(draft, units) - unit.start)) : unit.frame;
    if (VAGUE_PAST.test(frame)) return true;
  }
  return false;
}

/** Where the reported words proper begin: after "that" when it follows the verb's adjuncts ("told reporters late on Thursday that"), else shortly after the verb. */
function reportedClauseStart(draft: Draft, units: Unit[]): number {
  const unit = units[draft.firstUnit] as Unit;
  const after = unit.frame.slice(draft.hit.end - unit.start, draft.hit.end - unit.start + 80);
  const that = /\sthat\s/.exec(after);
  return draft.hit.end + (that ? that.index : 24);
}
