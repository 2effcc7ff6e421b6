import type { EntityContext } from '../context';

// "according to Xinhua", "cited by state news agency TASS", "said Reuters, citing ...": the outlet reports something.
const SOURCE_BEFORE = /\b(?:according to|cited by|quoted by|reported by|carried by|published by|citing|quoting)\s+(?:(?:the|a|an|state|state-run|state-owned|official|news|wire|agency|newspaper|daily|broadcaster)\s+){0,4}$/i;
// "Reuters reported", "Xinhua news agency said", "Yonhap, the state news agency, said".
const SOURCE_AFTER = /^(?:\s+(?:news|state|wire)?\s*(?:agency|service|newspaper|daily)?)?(?:\s*,[^,.]{1,60},)?\s+(?:also\s+)?(?:said|says|reported|reports|quoted|quotes|cited|cites|wrote|writes|added|announced|published|carried|claimed|cited)\b/i;

/** Whether the news outlet named over tokens [from, to) is the source of something reported (subject of a reporting verb, or after "according to"), not a recipient ("told Reuters"), a credit ("(AFP)") or an interviewer. */
export function isOutletSource(ctx: EntityContext, from: number, to: number): boolean {
  const first = ctx.tokens[from];
  const last = ctx.tokens[to - 1];
  if (!first || !last) return false;
  const sentence = ctx.sentences[first.sentence];
  const sentenceStart = sentence?.start ?? 0;
  const before = ctx.body.slice(Math.max(sentenceStart, first.start - 80), first.start);
  if (SOURCE_BEFORE.test(before)) return true;
  let after = ctx.body.slice(last.end, Math.min(sentence?.end ?? ctx.body.length, last.end + 90));
  after = after.replace(/^['’]s?/, '');
  return SOURCE_AFTER.test(after);
}
