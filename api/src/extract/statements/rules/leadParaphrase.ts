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
 * merged statement keeps the lead's verb when it is more specific than the quotation's, and the quotation. Anywhere
 * in the article, an unquoted statement without a reported clause ("X rejected the charge.") whose very next
 * sentence quotes the same speaker with a shared content word merges the same way.
 */
export function mergeLeadParaphrases(drafts: Draft[], units: Unit[], body: string): Draft[] {
  const out = mergeOpeningLead(drafts, units, body);
  return mergeAdjacentLeads(out, units, body);
}

/** The article's first statement merges with the same speaker's first quotation within six units. */
function mergeOpeningLead(drafts: Draft[], units: Unit[], body: string): Draft[] {
  const lead = drafts[0];
  if (!lead || lead.quotes.length > 0 || lead.continuation || (units[lead.firstUnit]?.paragraph ?? 1) !== 0) return drafts;
  if (PRESENT_TENSE.test(lead.hit.text)) return drafts;
  const leadStems = leadStemsOf((units[lead.firstUnit] as Unit).frame);
  for (let i = 1; i < drafts.length; i++) {
    const later = drafts[i] as Draft;
    if (later.firstUnit - lead.lastUnit > REACH) break;
    if (later.speaker.ref.id !== lead.speaker.ref.id) continue;
    if (later.quotes.length === 0) break;
    if (!sharesWord(leadStems, later, body)) break;
    return [...drafts.slice(1, i), merge(lead, later), ...drafts.slice(i + 1)];
  }
  return drafts;
}

// A lead that reports a clause of its own ("noted that trade grew") says something besides the quotation.
const REPORTED_CLAUSE = /\b(?:that|whether|if|how|why|what)\b|^\s*[,:]/;

/** An unquoted statement alone in its sentence merges with the next sentence's quotation by the same speaker. */
function mergeAdjacentLeads(drafts: Draft[], units: Unit[], body: string): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const lead = drafts[i] as Draft;
    const later = drafts[i + 1];
    const alone = drafts[i - 1]?.lastUnit !== lead.firstUnit;
    if (
      later && alone && lead.quotes.length === 0 && !lead.continuation && lead.leadUnit === null && later.leadUnit === null &&
      !NEUTRAL.has(lead.hit.verb.lemma) && !later.continuation && later.quotes.length > 0 && later.speaker.ref.id === lead.speaker.ref.id &&
      later.firstUnit === lead.lastUnit + 1 && drafts[i + 2]?.firstUnit !== later.firstUnit &&
      (units[later.firstUnit]?.quotes.length ?? 0) === later.quotes.length &&
      !REPORTED_CLAUSE.test(body.slice(lead.hit.end, units[lead.lastUnit]?.end ?? lead.hit.end)) &&
      !PRESENT_TENSE.test(lead.hit.text) && sharesWord(leadStemsOf((units[lead.firstUnit] as Unit).frame), later, body)
    ) {
      out.push(merge(lead, later));
      i++;
      continue;
    }
    out.push(lead);
  }
  return out;
}

/** True when the later statement's quotation shares a content word with the lead's stems. */
function sharesWord(leadStems: Set<string>, later: Draft, body: string): boolean {
  const quoted = stems(later.quotes.map((q) => body.slice(q.innerStart, q.innerEnd)).join(' '));
  return [...quoted].some((s) => leadStems.has(s));
}

// A relative clause tells the circumstances of what the lead reports ("the attack, in which two officers died"), not what was said.
const RELATIVE_TAIL = /,\s*(?:in which|during which|where|which|who|whose|when)\b[^]*$/u;

/** The lead's stems: its words before any relative clause. */
function leadStemsOf(frame: string): Set<string> {
  return stems(frame.replace(RELATIVE_TAIL, ''));
}

// "The Government of X strongly condemns ...", "The ministry protests ...": a present-tense lead is a release's own act, and the
// quotations after it ("…," the statement said) are further statements, not its wording.
const PRESENT_TENSE = /^(?!says$|tells$|adds$)\p{Ll}+[^s]s$/u;

/** The quoted statement with the lead folded in (the lead's verb when it is more specific). */
function merge(lead: Draft, later: Draft): Draft {
  const hit = NEUTRAL.has(lead.hit.verb.lemma) ? later.hit : lead.hit;
  return { ...later, hit, leadUnit: lead.firstUnit, rule: 'leadParaphrase' };
}

/** Five-letter prefixes of the content words (four letters or more, not stopwords) of a text. */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) if (!STOPWORDS.has(w)) out.add(w.slice(0, 5));
  return out;
}
