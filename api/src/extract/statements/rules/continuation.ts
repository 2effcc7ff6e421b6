import type { Draft } from '../draft';
import type { Unit } from '../units';
import { findVerbHits } from '../verbHits';

/** Share of a unit's characters that must be quoted for it to count as a quote paragraph or sentence. */
const QUOTED_SHARE = 0.5;

/**
 * Continuation: a unit that is mostly quotation and has no speech verb of its own continues the last statement.
 * In the same paragraph (or when the last quotation ran open across the paragraph break) its quotation joins that
 * statement; a new paragraph right after gives a statement of its own with the same speaker and verb.
 * Returns the new draft, or null when it extended the last one or did not apply.
 */
export function continueLastStatement(units: Unit[], index: number, drafts: Draft[]): Draft | null {
  const unit = units[index] as Unit;
  const last = drafts[drafts.length - 1];
  // A unit with a speech verb of its own whose speaker did not resolve is not a continuation.
  if (!last || unit.quotes.length === 0 || last.lastUnit !== index - 1 || findVerbHits(unit).length > 0) return null;
  const quoted = unit.quotes.reduce((n, q) => n + (q.innerEnd - q.innerStart), 0);
  if (quoted < QUOTED_SHARE * (unit.end - unit.start)) return null;
  const prev = units[last.lastUnit] as Unit;
  const lastQuote = last.quotes[last.quotes.length - 1];
  const runsOpen = lastQuote !== undefined && !lastQuote.closed;
  if (unit.paragraph === prev.paragraph || runsOpen) {
    last.quotes.push(...unit.quotes);
    last.lastUnit = index;
    return null;
  }
  if (!unit.opensParagraph || unit.paragraph !== prev.paragraph + 1 || last.quotes.length === 0) return null;
  return { ...last, quotes: [...unit.quotes], content: null, firstUnit: index, lastUnit: index, rule: 'continuation', continuation: true };
}

/**
 * A quotation left open at a paragraph end and reopened by the next paragraph is one statement even when the
 * reopened part carries its own "he said": the same speaker's draft folds into the open one. Returns the drafts left.
 */
export function joinOpenQuotation(found: Draft[], units: Unit[], index: number, drafts: Draft[]): Draft[] {
  const last = drafts[drafts.length - 1];
  const first = found[0];
  const unit = units[index] as Unit;
  const lastQuote = last?.quotes[last.quotes.length - 1];
  if (!last || !first || !lastQuote || lastQuote.closed || last.lastUnit !== index - 1 || !unit.opensParagraph) return found;
  if (first.speaker.ref.id !== last.speaker.ref.id || unit.quotes[0]?.start !== unit.start) return found;
  last.quotes.push(...first.quotes);
  last.lastUnit = index;
  return found.slice(1);
}
