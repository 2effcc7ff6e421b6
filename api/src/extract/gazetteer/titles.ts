/** Words that head a title ("minister", "spokeswoman"); a title must contain one. */
export const TITLE_HEADS = new Set([
  'president', 'vice-president', 'president-elect', 'minister', 'ministers', 'secretary', 'secretary-general', 'general-secretary', 'spokesman',
  'spokeswoman', 'spokesperson', 'leader', 'chancellor', 'king', 'queen', 'prince', 'emir', 'ambassador', 'envoy', 'negotiator', 'chief',
  'head', 'chairman', 'chairwoman', 'chair', 'chairperson', 'adviser', 'advisor', 'commander', 'speaker', 'governor', 'senator', 'sherpa',
  'diplomat', 'premier', 'director', 'general', 'commissioner', 'representative', 'coordinator', 'mayor', 'monarch', 'sultan', 'pope',
  'lawmaker', 'congressman', 'congresswoman', 'mp', 'deputy', 'counsellor', 'counselor', 'colonel', 'admiral', 'marshal', 'officer',
  'lt', 'gen', 'col', 'capt', 'captain', 'major', 'counterpart', 'colleague', 'under-secretary-general', 'under-secretary', 'rapporteur',
  'economist', 'analyst', 'activist', 'professor', 'researcher', 'journalist', 'correspondent', 'lawyer', 'scholar',
]);

/** Words that may precede or join a title head ("Deputy Foreign Minister", "Secretary of State"). */
export const TITLE_MODIFIERS = new Set([
  'deputy', 'vice', 'foreign', 'defence', 'defense', 'interior', 'finance', 'information', 'national', 'security', 'top', 'senior',
  'acting', 'former', 'assistant', 'special', 'prime', 'crown', 'first', 'chief', 'state', 'affairs', 'home', 'trade', 'economy',
  'energy', 'justice', 'health', 'lieutenant', 'army', 'military', 'press', 'high', 'executive', 'permanent', 'policy', 'presidential',
  'supreme', 'lead', 'principal', 'outgoing', 'incoming', 'new', 'veteran', 'economic', 'foreign-policy', 'then', 'late', 'recalled',
  'opposition', 'party', 'ruling', 'interim', 'transitional', 'external', 'internal', 'cabinet', 'finance', 'industry', 'environment', 'foreign-affairs', 'main', 'education', 'agriculture', 'culture', 'transport', 'labour', 'labor', 'public', 'general', 'of', 'official', 'shadow', 'field', 'parliament',
]);

/** Honorifics stripped from names and kept as titles. */
export const HONORIFICS = new Set(['ayatollah', 'sheikh', 'sheikha', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'madam', 'mme', 'herr']);

/** Whether a lowercase word can be part of a title. */
export function isTitleWord(lower: string): boolean {
  const w = lower.replace(/\.$/, '');
  if (TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || HONORIFICS.has(w)) return true;
  // "Deputy-Secretary-General", "Vice-Chairman": every part a title word.
  return w.includes('-') && w.split('-').every((part) => part === 'under' || TITLE_HEADS.has(part) || TITLE_MODIFIERS.has(part));
}

/** Whether a lowercase word heads a title. */
export function isTitleHead(lower: string): boolean {
  const w = lower.replace(/\.$/, '');
  return TITLE_HEADS.has(w) || (w.includes('-') && isTitleWord(w) && w.split('-').some((part) => TITLE_HEADS.has(part)));
}

/** Titles grouped by function, to link descriptions ("the top diplomat") with stated roles. */
export const TITLE_FAMILIES: Record<string, RegExp> = {
  leader: /\b(president|prime minister|premier|leader|chancellor|king|queen|emir|head of state|monarch|sultan|crown prince)\b/i,
  diplomat: /\b(foreign minister|minister of foreign affairs|secretary of state|foreign secretary|foreign policy chief|top diplomat|high representative)\b/i,
  president: /\bpresident\b/i,
  'prime minister': /\b(prime minister|premier)\b/i,
  'foreign minister': /\b(foreign minister|minister of foreign affairs|foreign secretary|secretary of state)\b/i,
  spokesperson: /\bspokes(man|woman|person)\b/i,
  envoy: /\b(envoy|ambassador|negotiator)\b/i,
};
