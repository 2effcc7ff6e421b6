import type { Draft } from '../draft';
import type { Unit } from '../units';

// Verbs that only attribute; a specific verb in the lead ("denied", "warned") names the act better.
const NEUTRAL = new Set(['say', 'tell', 'add', 'according to', 'write', 'quote']);
// How many units after the lead its quotation may come.
const REACH = 6;

/**
 * Lead paraphrase: the article's first statement, unquoted and in the opening paragraph, usually paraphrases a
 * quotation the same speaker gets a few sentences later ("X denied …. "No…," he said."). They are one speech act:
 * the merged statement keeps the lead's verb when it is more specific than the quotation's, and the quotation.
 */
export function mergeLeadParaphrases(drafts: Draft[], units: Unit[]): Draft[] {
  const lead = drafts[0];
  if (!lead || lead.quotes.length > 0 || lead.continuation || (units[lead.firstUnit]?.paragraph ?? 1) !== 0) return drafts;
  for (let i = 1; i < drafts.length; i++) {
    const later = drafts[i] as Draft;
    if (later.firstUnit - lead.lastUnit > REACH) break;
    if (later.speaker.ref.id !== lead.speaker.ref.id) continue;
    if (later.quotes.length === 0) break;
    const hit = NEUTRAL.has(lead.hit.verb.lemma) ? later.hit : lead.hit;
    const merged: Draft = { ...later, hit, leadUnit: lead.firstUnit, rule: 'leadParaphrase' };
    return [...drafts.slice(1, i), merged, ...drafts.slice(i + 1)];
  }
  return drafts;
}
