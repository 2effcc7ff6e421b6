import type { VerbHit } from './rules/index';

// "not", "never", "n't", "no longer" just before the verb, at most one word between ("has not yet commented").
const NEGATION = /\b(?:not|never|n['\u2019]t|no\s+longer)\s+(?:\p{L}+\s+)?$/iu;
// What a negated verb may still report: a clause or quotation of its own ("did not deny that …", "never said "…"").
const OWN_REPORT = /^\s*(?:that\b|["\u201c\u201e'\u2018\u00ab])/;

// "refused to comment", "declined to answer questions": a refusal to speak, not a rejection of anything.
const NO_COMMENT = /^\s+to\s+(?:comment|respond|answer|say|speak|elaborate|confirm|discuss|give\s+details)\b/i;

/**
 * True when a negated speech verb reports no act at all ("Uganda has not commented", "did not respond to questions"):
 * it is negated and no reported clause or quotation of its own follows it. "has not denied that …" stays a statement.
 * A refusal to speak ("refused to comment") is no act either.
 */
export function isNegatedNonAct(hit: VerbHit, body: string): boolean {
  if (/^(?:refuse|decline)/i.test(hit.text) && NO_COMMENT.test(body.slice(hit.end, hit.end + 40))) return true;
  if (!NEGATION.test(body.slice(Math.max(0, hit.start - 40), hit.start))) return false;
  return !OWN_REPORT.test(body.slice(hit.end, hit.end + 8));
}
