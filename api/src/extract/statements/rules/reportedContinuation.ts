import type { Draft } from '../draft';
import type { Unit } from '../units';
import { findVerbHits } from '../verbHits';

/** Share of a paragraph's characters that must be quoted for it to continue a reported statement. */
const QUOTED_SHARE = 0.6;

/**
 * Reported continuation: a paragraph that opens with a quotation, is mostly quotation and has no speech verb of its own,
 * right after a paragraph whose last statement was reported speech ("X said the talks had failed." then '"We gave it
 * everything."'), is the same speaker going on: a statement of its own with that speaker and verb. (After a quoted
 * statement the same case is `continuation`.) Returns the new draft, or null when it does not apply.
 */
export function continueReportedStatement(units: Unit[], index: number, drafts: Draft[]): Draft | null {
  const unit = units[index] as Unit;
  const last = drafts[drafts.length - 1];
  if (!last || last.quotes.length > 0 || unit.quotes.length === 0 || last.lastUnit !== index - 1 || !unit.opensParagraph) return null;
  const prev = units[last.lastUnit] as Unit;
  if (unit.paragraph !== prev.paragraph + 1 || findVerbHits(unit).length > 0) return null;
  // The quotation must open the paragraph: "'Patriots save lives,' reads a banner" is no continuation anyway (it has a verb), and a narrative sentence with a scare quote is not one either.
  const first = unit.quotes[0];
  if (!first || first.start !== unit.start) return null;
  const quoted = unit.quotes.reduce((n, q) => n + (q.innerEnd - q.innerStart), 0);
  if (quoted < QUOTED_SHARE * (unit.end - unit.start)) return null;
  return { ...last, quotes: [...unit.quotes], content: null, firstUnit: index, lastUnit: index, leadUnit: null, rule: 'reportedContinuation', continuation: true };
}
