import { foldAccents } from '../../extract/entities/ids';
import { COUNTRIES } from '../../extract/gazetteer/countries';

/** A treaty as treaty resolution compares it: its id, name, parties (country ids) and how often it is mentioned. */
export interface TreatyCandidate {
  id: string;
  name: string;
  parties: readonly string[];
  mentions: number;
  /** Whether the graph already holds this id (a stored node keeps its id when an equally worded batch name meets it). */
  stored: boolean;
}

// Kinds of instrument: a name with one never joins a name with another ("A–B treaty" is not "A–B trade agreement").
const INSTRUMENTS = new Set([
  'treaty', 'agreement', 'accord', 'accords', 'protocol', 'memorandum', 'convention', 'pact', 'deal', 'ceasefire', 'truce',
  'charter', 'declaration', 'communique', 'compact', 'arrangement', 'understanding',
]);
const FILLERS = new Set(['the', 'a', 'an', 'and', 'of', 'between', 'on']);
const NUMBER_WORD =
  '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)';
// "twenty-year", "10-year", "twenty-five-year", "99-years": how long it runs, not which instrument it is.
const DURATION = new RegExp(`\\b${NUMBER_WORD}(?:[- ]${NUMBER_WORD})*[- ]years?\\b`, 'g');

/** The words of a treaty name that say which instrument it is, once parties, fillers and durations are set aside. */
export interface TreatyWords {
  /** Content words, instrument words included, sorted. */
  content: string[];
  /** The instrument words among them ("treaty", "agreement"). */
  instruments: string[];
  /** The folded duration ("twenty-year"), or null. */
  duration: string | null;
}

const partyWordCache = new Map<string, Set<string>>();

// The words that name a party in a treaty name: its gazetteer name and demonym ("Russia", "Russian"; "Saudi", "Arabia").
function partyWords(partyId: string): Set<string> {
  const cached = partyWordCache.get(partyId);
  if (cached) return cached;
  const iso3 = partyId.replace(/^country:/, '');
  const words = new Set<string>();
  for (const text of [COUNTRIES.names.get(iso3), COUNTRIES.demonyms.get(iso3)]) {
    if (text) for (const w of tokens(text)) words.add(w);
  }
  partyWordCache.set(partyId, words);
  return words;
}

function tokens(text: string): string[] {
  return foldAccents(text).toLowerCase().replace(/['’]s\b/g, '').split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

// A batch compares each treaty with every other of its parties; a small cache, cleared when full, keeps that cheap and memory flat.
const wordsCache = new Map<string, TreatyWords>();

/** Splits a treaty name into the words that identify it among its parties' treaties; pure, never throws. */
export function treatyWords(name: string, parties: readonly string[]): TreatyWords {
  const key = `${name}\u0000${parties.join('|')}`;
  const cached = wordsCache.get(key);
  if (cached) return cached;
  if (wordsCache.size > 5000) wordsCache.clear();
  const words = computeTreatyWords(name, parties);
  wordsCache.set(key, words);
  return words;
}

function computeTreatyWords(name: string, parties: readonly string[]): TreatyWords {
  const folded = foldAccents(name).toLowerCase();
  const duration = folded.match(DURATION)?.[0]?.replace(/\s+/g, '-').replace(/years$/, 'year') ?? null;
  const named = new Set(parties.flatMap((p) => [...partyWords(p)]));
  const content = [...new Set(tokens(folded.replace(DURATION, ' ')).filter((w) => !FILLERS.has(w) && !named.has(w)))].sort();
  return { content, instruments: content.filter((w) => INSTRUMENTS.has(w)), duration };
}

function sameParties(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  return sa.size > 0 && sa.size === new Set(b).size && b.every((p) => sa.has(p));
}

/**
 * Whether treaty `a` may be a shorter way of writing treaty `b`: the same non-empty parties, every content word of `a` in `b`, the
 * same instrument words when `a` names one, and no two different durations. Pure, never throws.
 */
export function mayNameSameTreaty(a: TreatyCandidate, b: TreatyCandidate): boolean {
  if (!sameParties(a.parties, b.parties)) return false;
  const wa = treatyWords(a.name, a.parties);
  const wb = treatyWords(b.name, b.parties);
  if (wa.content.length === 0) return false;
  if (!wa.content.every((w) => wb.content.includes(w))) return false;
  if (wa.instruments.length > 0 && wa.instruments.join(' ') !== wb.instruments.join(' ')) return false;
  return !(wa.duration && wb.duration && wa.duration !== wb.duration);
}

/**
 * The treaty id `treaty` resolves to among `candidates` (the stored and batch treaties sharing one of its parties): its own id when
 * nothing longer fits, null when it may not be resolved at all (no parties, no words) or when two different treaties could take it.
 * The candidates it may name (`mayNameSameTreaty`) are grouped by content words; when exactly one group is not contained in another,
 * the treaty joins that group's representative (a stored id first, then the most mentioned, then the longest name). Two groups
 * ("A–B trade treaty", "A–B defence treaty" for a bare "A–B treaty") mean no merge. Pure, never throws.
 */
export function chooseTreatyTarget(treaty: TreatyCandidate, candidates: readonly TreatyCandidate[]): string | null {
  if (!mayNameSameTreaty(treaty, treaty)) return null;
  const groups = new Map<string, TreatyCandidate[]>();
  const pool = candidates.some((c) => c.id === treaty.id) ? candidates : [treaty, ...candidates];
  for (const c of pool) {
    if (!mayNameSameTreaty(treaty, c)) continue;
    const key = treatyWords(c.name, c.parties).content.join(' ');
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const keys = [...groups.keys()];
  const within = (small: string, big: string) => small !== big && small.split(' ').every((w) => big.split(' ').includes(w));
  const maximal = keys.filter((k) => !keys.some((other) => within(k, other)));
  if (maximal.length !== 1) return null;
  const best = [...groups.get(maximal[0]!)!].sort(
    (x, y) => Number(y.stored) - Number(x.stored) || y.mentions - x.mentions || y.name.length - x.name.length || (x.id < y.id ? -1 : 1),
  )[0]!;
  return best.id;
}
