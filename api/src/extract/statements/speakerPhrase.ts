import type { Draft } from './draft';

// Words of a title run before a name ("Chinese Foreign Ministry's spokesman", "a senior US State Department official").
const TITLE_TOKEN = /^(?:\p{Lu}[\p{L}.'\u2019-]*|of|for|the|and|a|an|senior|top|chief|deputy|foreign|prime|vice|minister|ministry|secretary|spokes(?:man|woman|person)|official|officials|envoy|ambassador|president|leader|negotiator|adviser|advisor|sherpa|head|director|general|state|department|affairs|information|defen[cs]e|interior|trade|finance|press|army|military|government|former|acting|special|representative|counterpart)$/u;
const MAX_TITLE_WORDS = 8;
const MAX_BETWEEN = 250;
const OWN_COUNTRY = /\b(?:his|her|its|their)\s+(?:own\s+)?(?:country|nation|government)\b/i;

/**
 * Body ranges that describe the speaker rather than what was said: the title run right before a named speaker
 * ("Turkish President X"), and whatever stands between the speaker and the verb ("X, the Kremlin spokesman, said";
 * "said the spokesman for Y, X"). Entities there are the speaker's affiliation, not the statement's subject.
 */
export function speakerPhraseRanges(draft: Draft, body: string): Array<{ start: number; end: number }> {
  const { speaker, hit } = draft;
  if (speaker.via !== 'mention') return [];
  // "Cuban President X said his country …": the speaker's own country is then what the statement is about.
  const ownCountry = OWN_COUNTRY.test(body.slice(Math.min(hit.end, speaker.end), Math.max(hit.end, speaker.end) + 300));
  // The speaker's own mention ("the Chinese leader") holds the country too; the speaker itself is never about.
  const ranges = ownCountry ? [] : [{ start: titleRunStart(body, speaker.start), end: speaker.end }];
  const between = speaker.end <= hit.start ? { start: speaker.end, end: hit.start } : hit.end <= speaker.start ? { start: hit.end, end: speaker.start } : null;
  if (between && between.end - between.start <= MAX_BETWEEN && !/[.!?]\s|["\u201c\u201d\u00ab\u00bb\n]/.test(body.slice(between.start, between.end))) ranges.push(between);
  return ranges;
}

/** Start of the run of title words and capitalised words that ends at `at`. */
function titleRunStart(body: string, at: number): number {
  const before = body.slice(Math.max(0, at - 160), at);
  if (!/\s$/.test(before)) return at;
  const words = before.split(/(\s+)/);
  let cursor = before.length;
  let start = at;
  // words alternate token, space, token, space …; walk back over whole tokens.
  for (let i = words.length - 1, n = 0; i >= 0 && n < MAX_TITLE_WORDS; i--) {
    const w = words[i] ?? '';
    cursor -= w.length;
    if (w === '' || /^\s+$/.test(w)) continue;
    if (/[,;:"\u201c\u201d\u00ab\u00bb()]/.test(w) || /[.!?]$/.test(w) || !TITLE_TOKEN.test(w.replace(/['\u2019]s$/, ''))) break;
    start = at - (before.length - cursor);
    n++;
  }
  return start;
}
