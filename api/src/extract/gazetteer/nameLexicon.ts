import nlp from 'compromise';

// compromise ships a lexicon of ~24k words with tags; we only read it (no parsing) for fast word-class lookups.
const model = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> }; two: { placeWords: Record<string, unknown> } } }).model();
const lexicon = model.one.lexicon;
const PLACE_WORDS = new Set([
  ...Object.keys(model.two.placeWords),
  'shoal', 'sea', 'island', 'islands', 'strait', 'bay', 'gulf', 'river', 'lake', 'mountain', 'mountains', 'valley', 'desert', 'peninsula',
  'canal', 'reef', 'atoll', 'coast', 'square', 'street', 'avenue', 'road', 'bridge', 'airport', 'port', 'palace', 'hall', 'house', 'stadium',
  'park', 'hotel', 'building', 'tower', 'base', 'camp', 'province', 'region', 'district', 'county', 'city', 'territory', 'plaza', 'lawn',
]);

/** Whether a word heads a place name ("Shoal", "Strait", "Palace"), so the phrase is not a person. */
export function isPlaceWord(word: string): boolean {
  return PLACE_WORDS.has(word.toLowerCase());
}

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Honorific']);
const FIRST_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);

function tagOf(word: string): string | undefined {
  const v = lexicon[word.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** Whether a word is a known given name ("Sergey", "Maria"). */
export function isKnownFirstName(word: string): boolean {
  const tag = tagOf(word);
  return tag !== undefined && FIRST_NAME_TAGS.has(tag);
}

/** Whether a word is a known common (non-name) English word: in the lexicon with a non-name tag, or in our list. */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (COMMON_CAPITALISED.has(lower)) return true;
  // Derived adverbs, abstract nouns and adjectives are never names ("Cautiously", "Optimistic", "Tensions").
  if (/(ously|ively|fully|ically|ally|ation|ations|ness|ments?|istic|ative|ities)$/.test(lower) && lower.length > 6) return true;
  const tag = tagOf(lower);
  return tag !== undefined && !NAME_TAGS.has(tag);
}

/** Whether a word is an organisation in the lexicon ("Google", "Boeing"). */
export function isKnownOrganization(word: string): boolean {
  return tagOf(word) === 'Organization' && /^\p{Lu}/u.test(word);
}

/** Whether a word is an adjective in the lexicon ("modest", "technical"). */
export function isAdjective(word: string): boolean {
  return tagOf(word) === 'Adjective';
}

/** Months and weekdays, never names. */
export const DATE_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow',
]);

// Capitalised words frequent in news headings and institutions that the lexicon does not tag as common.
const COMMON_CAPITALISED = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'we', 'he', 'she', 'they', 'it', 'i', 'you',
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'of', 'as', 'and', 'but', 'or', 'if', 'when', 'while', 'after', 'before', 'since',
  'according', 'previously', 'meanwhile', 'however', 'earlier', 'later', 'last', 'next', 'both', 'all', 'some', 'many', 'several',
  'sea', 'shoal', 'island', 'islands', 'strait', 'lawn', 'summit', 'talks', 'news', 'accord', 'accords', 'treaty', 'agreement', 'deal',
  'declaration', 'initiative', 'protocol', 'convention', 'charter', 'pact', 'consensus', 'dialogue', 'conference', 'forum', 'plan',
  'agency', 'forces', 'party', 'council', 'commission', 'bank', 'ministry', 'corporation', 'organization', 'organisation', 'union',
  'assembly', 'authority', 'committee', 'bureau', 'department', 'office', 'airlines', 'centre', 'center', 'institute', 'court',
  'parliament', 'congress', 'senate', 'front', 'movement', 'army', 'navy', 'guard', 'fund', 'association', 'alliance', 'league',
  'group', 'company', 'press', 'community', 'house', 'palace', 'street', 'square', 'hall', 'embassy', 'republic', 'kingdom', 'state',
  'states', 'nations', 'united', 'federal', 'central', 'national', 'international', 'global', 'world', 'western', 'eastern', 'northern',
  'southern', 'east', 'west', 'north', 'south', 'gulf', 'coast', 'river', 'lake', 'mount', 'grand', 'great', 'new', 'old', 'grain',
  'mutual', 'defense', 'defence', 'nuclear', 'forces', 'peace', 'war', 'foreign', 'affairs', 'warnings', 'daily', 'reuters', 'twitter',
  'facebook', 'instagram', 'telegram', 'youtube', 'whatsapp', 'covid', 'christmas', 'easter', 'ramadan', 'eid', 'olympics', 'cup',
  'cooperation', 'security', 'strategic', 'partnership', 'leaders', 'joint', 'statement', 'friendship', 'broadcasting', 'corporate',
]);

/** Common Korean surnames, some of them English words ("Son", "Moon", "Song"), which open a name before a hyphenated given name. */
export const KOREAN_SURNAMES = new Set([
  'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Jeong', 'Kang', 'Cho', 'Yoon', 'Yun', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang',
  'Ahn', 'Song', 'Jeon', 'Hong', 'Yoo', 'Ko', 'Moon', 'Yang', 'Son', 'Bae', 'Baek', 'Heo', 'Nam', 'Noh', 'Ha', 'Kwak', 'Sung', 'Cha', 'Joo',
  'Woo', 'Min', 'Ryu', 'Na', 'Jin', 'Um', 'Byun', 'Chae', 'Won', 'Bang', 'Gong', 'Hyun', 'Ban', 'Chun', 'Chung', 'Roh', 'Rhee', 'Ryoo',
]);
