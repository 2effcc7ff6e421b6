import type { EntityRef, ExtractionResult, StatementFact } from '../extract/types';
import { countryInName, isoFromCountryId, resolveCountry } from './countryCodes';
import { greedyMatch } from './greedyMatch';
import type { MatchPair } from './greedyMatch';
import { nameMatchStrength } from './matchNames';
import type { Named } from './matchNames';
import { foldText, tokens } from './normalizeName';
import { predOrgCountry } from './scoreEntities';
import type { TypeResult } from './scoreEntities';
import type { DateCounts, GoldRecord, GoldStatement } from './types';

const FRAGMENT_SEPARATOR = ' [...] ';
const MIN_QUOTE_F1 = 0.5;
const MIN_CONTAINED_TOKENS = 3;

/** Token F1 of two texts, counting repeated tokens as often as both have them. */
export function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of ta) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t, n - 1);
    }
  }
  if (!shared) return 0;
  const precision = shared / ta.length;
  const recall = shared / tb.length;
  return (2 * precision * recall) / (precision + recall);
}

/** How well a prediction's content matches a gold statement (0 = not at all): quote fragment F1 or containment, or the speech verb for indirect speech. */
export function contentScore(pred: StatementFact, gold: GoldStatement): number {
  if (gold.quote !== null) {
    if (!pred.quote) return 0;
    const predForms = [pred.quote.split(FRAGMENT_SEPARATOR).join(' '), ...pred.quote.split(FRAGMENT_SEPARATOR)];
    const whole = ` ${foldText(predForms[0] ?? '')} `;
    let best = 0;
    for (const fragment of gold.quote.split(FRAGMENT_SEPARATOR)) {
      const folded = foldText(fragment);
      if (tokens(fragment).length >= MIN_CONTAINED_TOKENS && whole.includes(` ${folded} `)) return 1;
      for (const form of predForms) best = Math.max(best, tokenF1(form, fragment));
    }
    return best >= MIN_QUOTE_F1 ? best : 0;
  }
  const verbs = [gold.verb, ...(gold.verb_alternatives ?? [])].map(foldText).filter(Boolean);
  const predVerb = ` ${foldText(pred.verb ?? '')} `;
  if (verbs.some((v) => predVerb.includes(` ${v} `))) return 1;
  const predText = ` ${foldText(pred.text ?? '')} `;
  return verbs.some((v) => predText.includes(` ${v} `)) ? 0.75 : 0;
}

/** A gold speaker resolved to what it names: a gold person or organisation (with aliases), a country code, or a bare name. */
function goldSpeaker(name: string, gold: GoldRecord): { named: Named; country: string | null; isCountry: boolean } {
  const entity = gold.persons.find((p) => p.name === name) ?? gold.organizations.find((o) => o.name === name);
  if (entity) return { named: entity, country: countryInName(entity.name) ?? entity.aliases.map(countryInName).find(Boolean) ?? null, isCountry: false };
  const iso = resolveCountry(name);
  return { named: { name, aliases: [] }, country: iso, isCountry: iso !== null };
}

/** Whether a predicted speaker is the gold speaker (or a co-speaker): same person/organisation by name or alias; a country also matches its own government or ministries. */
export function speakerMatches(ref: EntityRef, gold: GoldStatement, prediction: ExtractionResult, record: GoldRecord): boolean {
  const names = [gold.speaker, ...(gold.co_speakers ?? [])];
  return names.some((name) => {
    const target = goldSpeaker(name, record);
    if (ref.kind === 'Country') {
      const iso = isoFromCountryId(ref.id) ?? resolveCountry(ref.name);
      return iso !== null && iso === target.country;
    }
    const entity = ref.kind === 'Person' ? prediction.persons.find((p) => p.id === ref.id) : prediction.organizations.find((o) => o.id === ref.id);
    const named = { name: ref.name, aliases: entity?.aliases ?? [] };
    if (target.isCountry) {
      if (ref.kind !== 'Organization') return false;
      const org = prediction.organizations.find((o) => o.id === ref.id);
      return predOrgCountry(org, ref.name) === target.country;
    }
    return nameMatchStrength(named, target.named) > 0;
  });
}

function describeGold(s: GoldStatement): string {
  const what = s.quote ? `"${s.quote.slice(0, 70)}${s.quote.length > 70 ? '…' : ''}"` : `${s.verb}: ${s.summary.slice(0, 70)}`;
  return `${s.speaker}${s.borderline ? ' (borderline)' : ''} ${what}`;
}

function describePred(s: StatementFact): string {
  const what = s.quote ? `"${s.quote.slice(0, 70)}${s.quote.length > 70 ? '…' : ''}"` : `${s.verb}: ${s.text.slice(0, 70)}`;
  return `${s.speaker.name} ${what}`;
}

/** Counts a matching where borderline gold statements are optional: matched they are true positives, missed they are not false negatives. */
function countWithBorderline(preds: readonly StatementFact[], golds: readonly GoldStatement[], pairs: MatchPair[]): TypeResult {
  const matchedPred = new Set(pairs.map((p) => p.pred));
  const matchedGold = new Set(pairs.map((p) => p.gold));
  const misses = golds.filter((g, i) => !matchedGold.has(i) && !g.borderline);
  return {
    counts: { tp: pairs.length, fp: preds.length - pairs.length, fn: misses.length },
    misses: misses.map(describeGold),
    falsePositives: preds.filter((_, i) => !matchedPred.has(i)).map(describePred),
  };
}

/** Scores statements twice (speaker and content; content only) and checks dates on the speaker-and-content matches. */
export function scoreStatements(prediction: ExtractionResult, record: GoldRecord): {
  withSpeaker: TypeResult;
  contentOnly: TypeResult;
  dates: DateCounts;
  wrongDates: string[];
} {
  const preds = prediction.statements;
  const golds = record.statements;
  const withSpeakerPairs = greedyMatch(preds, golds, (p, g) => (speakerMatches(p.speaker, g, prediction, record) ? contentScore(p, g) : 0));
  const contentPairs = greedyMatch(preds, golds, contentScore);
  const dates: DateCounts = { correct: 0, total: 0, extra: 0 };
  const wrongDates: string[] = [];
  for (const pair of withSpeakerPairs) {
    const gold = golds[pair.gold];
    const pred = preds[pair.pred];
    if (!gold || !pred) continue;
    if (gold.date) {
      dates.total++;
      if (pred.saidAt && pred.saidAt.startsWith(gold.date)) dates.correct++;
      else wrongDates.push(`${describeGold(gold)}: gold ${gold.date}, predicted ${pred.saidAt ?? 'null'}`);
    } else if (pred.saidAt) {
      dates.extra++;
    }
  }
  return {
    withSpeaker: countWithBorderline(preds, golds, withSpeakerPairs),
    contentOnly: countWithBorderline(preds, golds, contentPairs),
    dates,
    wrongDates,
  };
}
