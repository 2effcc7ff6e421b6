import type { Draft } from '../draft';
import type { Unit } from '../units';

// Verbs that only attribute; a specific verb in the lead ("denied", "warned") names the act better.
const NEUTRAL = new Set(['say', 'tell', 'add', 'according to', 'write', 'quote']);
// How many units after the lead its quotation may come.
const REACH = 6;
const STOPWORDS = new Set(['that', 'this', 'with', 'have', 'will', 'from', 'been', 'were', 'they', 'their', 'there', 'what', 'which', 'would', 'about', 'into', 'more', 'than', 'them', 'also', 'said', 'says', 'when', 'where', 'while', 'only', 'over', 'after', 'very']);

/**
 * Lead paraphrase: the article's first statement, unquoted and in the opening paragraph, often paraphrases a
 * quotation the same speaker gets a few sentences later ("X denied any request …. "No, we received no requests,"
 * he said."). When the two share a content word (compared by its first five letters), they are one speech act: the
 * merged statement keeps the lead's verb when it is more specific than the quotation's, and the quotation.
 */
export function mergeLeadParaphrases(drafts: Draft[], units: Unit[], body: string): Draft[] {
  const lead = drafts[0];
  if (!lead || lead.quotes.length > 0 || lead.continuation || (units[lead.firstUnit]?.paragraph ?? 1) !== 0) return drafts;
  const leadUnit = units[lead.firstUnit] as Unit;
  const leadStems = stems(leadUnit.frame);
  for (let i = 1; i < drafts.length; i++) {
    const later = drafts[i] as Draft;
    if (later.firstUnit - lead.lastUnit > REACH) break;
    if (later.speaker.ref.id !== lead.speaker.ref.id) continue;
    if (later.quotes.length === 0) break;
    const quoted = stems(later.quotes.map((q) => body.slice(q.innerStart, q.innerEnd)).join(' '));
    if (![...quoted].some((s) => leadStems.has(s))) break;
    const hit = NEUTRAL.has(lead.hit.verb.lemma) ? later.hit : lead.hit;
    const merged: Draft = { ...later, hit, leadUnit: lead.firstUnit, rule: 'leadParaphrase' };
    return [...drafts.slice(1, i), merged, ...drafts.slice(i + 1)];
  }
  return drafts;
}

/** Five-letter prefixes of the content words (four letters or more, not stopwords) of a text. */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) if (!STOPWORDS.has(w)) out.add(w.slice(0, 5));
  return out;
}
