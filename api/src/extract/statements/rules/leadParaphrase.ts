import type { Draft } from '../draft';

// Verbs that only attribute; a specific verb in the lead ("denied", "warned") names the act better.
const NEUTRAL = new Set(['say', 'tell', 'add', 'according to', 'write', 'quote']);

/**
 * Lead paraphrase: the article's opening statement, unquoted, followed in the next unit by a quoted one from the same speaker with a
 * neutral verb ("X denied …. "No…," he said.") is one speech act; the merged statement keeps the specific verb
 * and the later quotation.
 */
export function mergeLeadParaphrases(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const lead = drafts[i] as Draft;
    const next = drafts[i + 1];
    if (
      next &&
      lead.firstUnit === 0 &&
      lead.quotes.length === 0 &&
      !lead.continuation &&
      next.quotes.length > 0 &&
      next.firstUnit === lead.lastUnit + 1 &&
      next.speaker.ref.id === lead.speaker.ref.id &&
      !NEUTRAL.has(lead.hit.verb.lemma) &&
      NEUTRAL.has(next.hit.verb.lemma)
    ) {
      out.push({ ...lead, quotes: next.quotes, content: null, lastUnit: next.lastUnit });
      i++;
      continue;
    }
    out.push(lead);
  }
  return out;
}
