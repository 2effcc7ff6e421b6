import type { CountryFact, OrganizationFact, TreatyFact } from '../extract/types';
import { countryInName, isCountryWord, isoFromCountryId, resolveCountry } from './countryCodes';
import type { MatchPair } from './greedyMatch';
import { greedyMatch } from './greedyMatch';
import { nameMatchStrength } from './matchNames';
import type { Named } from './matchNames';
import { contentTokens, normalizeName } from './normalizeName';
import type { Counts, GoldRecord, GoldTreaty } from './types';

/** The outcome of matching one type in one article. */
export interface TypeResult {
  counts: Counts;
  misses: string[];
  falsePositives: string[];
}

/** Builds counts and the unmatched names from a one-to-one matching. */
export function summarize<P, G>(preds: readonly P[], golds: readonly G[], pairs: MatchPair[], describePred: (p: P) => string, describeGold: (g: G) => string): TypeResult {
  const matchedPred = new Set(pairs.map((p) => p.pred));
  const matchedGold = new Set(pairs.map((p) => p.gold));
  return {
    counts: { tp: pairs.length, fp: preds.length - pairs.length, fn: golds.length - pairs.length },
    misses: golds.filter((_, i) => !matchedGold.has(i)).map(describeGold),
    falsePositives: preds.filter((_, i) => !matchedPred.has(i)).map(describePred),
  };
}

/** Matches persons or organisations by normalised name, alias or content tokens, one-to-one per article. */
export function matchNamed<P extends Named, G extends Named>(preds: readonly P[], golds: readonly G[]): { pairs: MatchPair[]; result: TypeResult } {
  const pairs = greedyMatch(preds, golds, nameMatchStrength);
  return { pairs, result: summarize(preds, golds, pairs, (p) => p.name, (g) => g.name) };
}

/** The ISO3 code of a gold country name, or the normalised name when it resolves to none (reported as a warning by the caller). */
export function goldCountryKey(name: string): string {
  return resolveCountry(name) ?? `?${normalizeName(name)}`;
}

/** Compares the predicted and gold country sets by ISO 3166-1 alpha-3 code. */
export function scoreCountries(preds: readonly CountryFact[], gold: GoldRecord): TypeResult {
  const predKeys = [...new Set(preds.map((c) => c.iso3 || isoFromCountryId(c.id) || `?${normalizeName(c.name)}`))];
  const goldKeys = [...new Set(gold.countries.map(goldCountryKey))];
  const pairs = greedyMatch(predKeys, goldKeys, (p, g) => (p === g ? 1 : 0));
  const names = new Map(preds.map((c) => [c.iso3, c.name]));
  return summarize(predKeys, goldKeys, pairs, (k) => `${names.get(k) ?? k} (${k})`, (k) => `${gold.countries[goldKeys.indexOf(k)] ?? k} (${k})`);
}

/** A party of a treaty as a comparable key: ISO3 for a country, else the normalised organisation name. */
function partyKey(party: string): string {
  const iso = isoFromCountryId(party) ?? resolveCountry(party);
  if (iso) return iso;
  return normalizeName(party.replace(/^org:/, '').replace(/[-_]/g, ' '));
}

/** Content tokens of a treaty name without country names or demonyms ("Russia–Venezuela partnership treaty" → partnership, treaty). */
function treatyTokens(name: string): Set<string> {
  return new Set([...contentTokens(name)].filter((t) => !isCountryWord(t)));
}

/** Whether two treaty names share at least half of each one's content tokens, country words aside. */
function shareHalfTokens(a: string, b: string): boolean {
  const ta = treatyTokens(a);
  const tb = treatyTokens(b);
  if (!ta.size || !tb.size) return false;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared >= Math.max(ta.size, tb.size) / 2;
}

/** Matches treaties by name/alias, or by half their content tokens when the party sets overlap (or one side has none); `organizations` name predicted organisation parties. */
export function scoreTreaties(preds: readonly TreatyFact[], golds: readonly GoldTreaty[], organizations: readonly OrganizationFact[] = []): TypeResult {
  const orgNames = new Map(organizations.map((o) => [o.id, o.name]));
  const pairs = greedyMatch(preds, golds, (p, g) => {
    const byName = nameMatchStrength({ name: p.name, aliases: p.aliases ?? [] }, g);
    if (byName > 0) return byName + 1;
    if (!shareHalfTokens(p.name, g.name)) return 0;
    const predParties = new Set(p.parties.map((id) => partyKey(orgNames.get(id) ?? id)));
    const goldParties = g.parties.map(partyKey);
    const overlap = !predParties.size || !goldParties.length || goldParties.some((k) => predParties.has(k));
    return overlap ? 1 : 0;
  });
  return summarize(preds, golds, pairs, (p) => p.name, (g) => g.name);
}

/** The country an organisation belongs to: its `country` field, else a country named in its name. */
export function predOrgCountry(org: OrganizationFact | undefined, name: string): string | null {
  return isoFromCountryId(org?.country) ?? countryInName(name);
}
