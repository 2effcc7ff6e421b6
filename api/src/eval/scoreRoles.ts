import type { EntityRef, ExtractionResult } from '../extract/types';
import { isoFromCountryId, resolveCountry } from './countryCodes';
import { greedyMatch } from './greedyMatch';
import type { MatchPair } from './greedyMatch';
import { nameMatchStrength } from './matchNames';
import { contentTokens, normalizeName } from './normalizeName';
import type { TypeResult } from './scoreEntities';
import type { GoldRecord } from './types';

/** Share of title tokens two titles have in common, over the longer title. */
function titleOverlap(a: string, b: string): number {
  const ta = contentTokens(a);
  const tb = contentTokens(b);
  if (!ta.size || !tb.size) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / Math.max(ta.size, tb.size);
}

/** Whether a predicted role's `of` names the same country (by ISO code) or organisation (by name/alias) as the gold `of`; both null match. */
function sameHolder(pred: EntityRef | null, goldOf: string | null, prediction: ExtractionResult, gold: GoldRecord): boolean {
  if (!pred || !goldOf) return !pred && !goldOf;
  const goldIso = resolveCountry(goldOf);
  if (goldIso && gold.countries.some((c) => resolveCountry(c) === goldIso) && !gold.organizations.some((o) => o.name === goldOf)) {
    return pred.kind === 'Country' && (isoFromCountryId(pred.id) ?? resolveCountry(pred.name)) === goldIso;
  }
  if (pred.kind === 'Country') return false;
  const goldOrg = gold.organizations.find((o) => o.name === goldOf) ?? { name: goldOf, aliases: [] };
  const predOrg = prediction.organizations.find((o) => o.id === pred.id);
  return nameMatchStrength({ name: pred.name, aliases: predOrg?.aliases ?? [] }, goldOrg) > 0 || normalizeName(pred.name) === normalizeName(goldOf);
}

/** Scores roles of matched persons: title token overlap ≥ 0.5 and the same holder; roles of unmatched persons are all misses or false positives. */
export function scoreRoles(prediction: ExtractionResult, gold: GoldRecord, personPairs: MatchPair[]): TypeResult {
  const result: TypeResult = { counts: { tp: 0, fp: 0, fn: 0 }, misses: [], falsePositives: [] };
  const describe = (person: string, title: string, of: string | null): string => `${person}: ${title}${of ? ` of ${of}` : ''}`;
  const goldMatched = new Map(personPairs.map((p) => [p.gold, p.pred]));
  const predMatched = new Set(personPairs.map((p) => p.pred));
  gold.persons.forEach((goldPerson, gi) => {
    const pi = goldMatched.get(gi);
    const predPerson = pi === undefined ? undefined : prediction.persons[pi];
    const predRoles = predPerson?.roles ?? [];
    const pairs = greedyMatch(predRoles, goldPerson.roles, (p, g) => {
      const overlap = titleOverlap(p.title, g.title);
      return overlap >= 0.5 && sameHolder(p.of, g.of, prediction, gold) ? overlap : 0;
    });
    const usedPred = new Set(pairs.map((p) => p.pred));
    const usedGold = new Set(pairs.map((p) => p.gold));
    result.counts.tp += pairs.length;
    goldPerson.roles.forEach((r, i) => {
      if (!usedGold.has(i)) result.misses.push(describe(goldPerson.name, r.title, r.of));
    });
    predRoles.forEach((r, i) => {
      if (!usedPred.has(i)) result.falsePositives.push(describe(predPerson?.name ?? '?', r.title, r.of?.name ?? null));
    });
  });
  prediction.persons.forEach((person, pi) => {
    if (predMatched.has(pi)) return;
    for (const r of person.roles) result.falsePositives.push(describe(person.name, r.title, r.of?.name ?? null));
  });
  result.counts.fn = result.misses.length;
  result.counts.fp = result.falsePositives.length;
  return result;
}
