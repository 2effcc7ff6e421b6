import type { MentionIndex } from '../mentionIndex';

// Sentence adverbs that may open a clause before its subject ("Meanwhile, …", "Separately X, …").
const OPENER = /^\s*(?:(?:Meanwhile|Separately|However|But|And|Also|Still|Yet|Instead|Later|Earlier|In\s+turn|Elsewhere)\b,?\s+)?/u;
// Words that make a capitalised run a place, a time or a title rather than someone's name.
const NOT_NAME = new Set(
  ('In On At From After Before During For With Without Under Since Until By As Through Despite Like Unlike Last This Next Speaking Asked Addressing Its His Her Their Our ' +
    'The A An Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December ' +
    'President Prime Minister Ministers Secretary Foreign Defence Defense Deputy Vice Chief Spokesman Spokeswoman Spokesperson Ambassador Envoy Chancellor ' +
    'King Queen Prince Princess Sheikh Emir Pope Premier Governor Senator Mayor Commissioner Director Chairman Chairwoman Chair General Admiral Colonel ' +
    'Judge Justice Speaker Leader Officials Official Sources Government Ministry Department Office Council Agency').split(' '),
);
const NAME_RUN = /^(?:[\p{L}'\u2019-]+\s+){0,5}?(\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,3}),/u;

/**
 * True when the clause's subject is a name the entity stage did not find, set off before an appositive that holds the
 * mention a resolver would otherwise pick ("Maria Ortiz, an economist at the IMF, said" is not the IMF speaking).
 */
export function hasUnknownNamedSubject(body: string, clauseStart: number, mentionStart: number, mentions: MentionIndex): boolean {
  const before = body.slice(clauseStart, mentionStart);
  const opener = OPENER.exec(before)?.[0].length ?? 0;
  const head = NAME_RUN.exec(before.slice(opener));
  if (!head || head[1] === undefined) return false;
  const first = before.slice(opener).trimStart().split(/\s+/)[0] ?? '';
  if (NOT_NAME.has(first) || /ing$/.test(first)) return false;
  // A capitalised run after a determiner or preposition ("leader in the Senate,") is a title's place, not a name.
  const lead = before.slice(opener, opener + head[0].length - 1 - head[1].length);
  if (/\b(?:the|of|in|to|at|for|on|from|with)\s+$/i.test(lead)) return false;
  const words = head[1].split(/\s+/);
  if (words.some((w) => NOT_NAME.has(w.replace(/['\u2019]s?$/, '')))) return false;
  const runEnd = clauseStart + opener + head[0].length - 1;
  const runStart = runEnd - head[1].length;
  return !mentions.within(clauseStart, mentionStart).some((m) => m.start < runEnd && m.end > runStart);
}
