// What may separate a subject from its speech verb without breaking the clause: possessive and role
// words ("Turkish diplomatic sources", "Russia's foreign ministry"), auxiliaries, adverbs, times and channels.
const ROLE_LIST =
  'senior|top|chief|deputy|foreign|defen[cs]e|interior|trade|finance|economy|ministry|ministries|minister|ministers|diplomatic|diplomats?|military|government|officials?|spokes(?:person|man|woman)|sources?|representatives?|envoys?|ambassadors?|president|presidency|leaders?|prime|press|secretary|office|service|delegation|mission|army|forces|authorities|embassy|side|counterparts?|administration|negotiators?|team|state|media|agency|head|council|cabinet|lawmakers|national|security|advis[eo]r|general|department|communiqu[eé]|statement';
const FILLER_LIST =
  'also|again|only|who|which|respectively|today|yesterday|tonight|previously|earlier|later|then|further|once|repeatedly|publicly|reportedly|subsequently|separately|recently|meanwhile|however|has|have|had|was|is|were|would|will|did|does|not|already|quickly|strongly|firmly|flatly|categorically|sharply|openly|bluntly|angrily|immediately|initially|first|last\\s+\\w+|this\\s+\\w+|on\\s+(?:the\\s+)?\\w+(?:\\s+\\d{1,2})?(?:\\s+(?:morning|afternoon|evening|night))?|(?:a|one|two|three|several)\\s+(?:days?|weeks?|months?)\\s+ago|in\\s+(?:a|an|his|her|its|their|the)\\s+(?:joint\\s+)?(?:written\\s+)?(?:statement|tweet|post|letter|interview|speech|message|video|press\\s+release|televised\\s+address|address|briefing|remarks?)|at\\s+(?:a|the)\\s+(?:joint\\s+)?(?:press|news)\\s+(?:conference|briefing)|in\\s+(?:remarks|comments)|on\\s+(?:Twitter|X|Facebook|Telegram)|(?:closed|opened|ended|began|concluded|started|finished|responded|replied|reacted|countered)\\s+by|in\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?';

/** The alternation with each alternative's first letter matching either case (a plain `i` flag would make \p{Lu} match every letter). */
function anyInitialCase(list: string): string {
  return list.replace(/(^|\|)([a-z])/g, (_m, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`);
}

// Capitalised words between a mention and its verb are part of a title ("Russia's Foreign Ministry").
const ROLE_WORDS = `(?:${anyInitialCase(ROLE_LIST)}|\\p{Lu}[\\p{L}.\\-]*)`;
const FILLER = `(?:${anyInitialCase(FILLER_LIST)})`;

// An abbreviation's period ("Jr."), a hyphenated partner ("US-Saudi statement") or a parenthesised acronym may follow the mention.
const JOINER = '\\)?(?:\\.|[-\\u2013]\\p{Lu}[\\p{L}]*)?(?:\\s*\\([^()]{1,40}\\))?';
const DIRECT = new RegExp(`^${JOINER}(?:['\u2019]s?)?(?:\\s+${ROLE_WORDS})*(?:\\s*,?\\s+${FILLER})*\\s*,?\\s*$`, 'u');
const APPOSITIVE = new RegExp(`^${JOINER}(?:['\u2019]s?)?(?:\\s+${ROLE_WORDS})*\\s*,[^,;"\u201c\u201d\u00a4]{1,260},(?:\\s+${FILLER})*\\s*$`, 'u');
const ENDS_WITH_COMMA = /,\s*$/;

/** How a mention relates to the verb after the text `gap` between them: `direct` subject, subject of an `appositive` ("X, the envoy, said"), `weak` (the mention closes an appositive), or `none`. */
export function classifySubjectGap(gap: string): 'direct' | 'appositive' | 'weak' | 'none' {
  if (gap.length > 320) return 'none';
  if (DIRECT.test(gap) && !ENDS_WITH_COMMA.test(gap)) return 'direct';
  if (APPOSITIVE.test(gap)) return 'appositive';
  if (DIRECT.test(gap)) return 'weak';
  return 'none';
}

const PRONOUN = new RegExp(`\\b([Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e)(?:\\s+${FILLER})*\\s*,?\\s*$`, 'u');

/** The subject pronoun right before a verb (lowercased), when the text before the verb ends with one. */
export function trailingPronoun(textBeforeVerb: string): { pronoun: string; index: number } | null {
  const m = PRONOUN.exec(textBeforeVerb);
  return m && m[1] ? { pronoun: m[1].toLowerCase(), index: m.index } : null;
}
