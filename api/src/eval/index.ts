import type { ExtractionResult } from '../extract/types';
import { resolveCountry } from './countryCodes';
import { scoreArticle } from './scoreArticle';
import { EVAL_TYPES } from './types';
import type { Counts, EvalReport, EvalType, GoldRecord, Score } from './types';

export { readGold } from './readGold';
export { formatReport } from './formatReport';
export type { EvalReport, GoldRecord } from './types';

/** Precision, recall and F1 from counts; each is 0 when its denominator is 0. */
export function toScore(counts: Counts): Score {
  const precision = counts.tp + counts.fp ? counts.tp / (counts.tp + counts.fp) : 0;
  const recall = counts.tp + counts.fn ? counts.tp / (counts.tp + counts.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...counts, precision, recall, f1 };
}

/**
 * Scores extraction results against gold records, joined on article id, with the corpus README's suggested matching rules;
 * returns per-article results and micro-averaged precision, recall and F1 per type. Never throws on data: mismatches become warnings.
 */
export function scoreCorpus(gold: readonly GoldRecord[], predictions: readonly ExtractionResult[]): EvalReport {
  const byId = new Map(predictions.map((p) => [p.article.id, p]));
  const goldIds = new Set(gold.map((g) => g.id));
  const warnings: string[] = [];
  for (const record of gold) {
    if (!byId.has(record.id)) warnings.push(`no extraction for gold article "${record.id}": everything in it counts as missed`);
    for (const country of record.countries) {
      if (!resolveCountry(country)) warnings.push(`gold article "${record.id}": country "${country}" has no ISO code; compared by name`);
    }
  }
  for (const prediction of predictions) {
    if (!goldIds.has(prediction.article.id)) warnings.push(`article "${prediction.article.id}" has no gold record; not scored`);
  }
  const articles = gold.map((record) => scoreArticle(record, byId.get(record.id)));
  const totals = Object.fromEntries(
    EVAL_TYPES.map((type) => {
      const sum: Counts = { tp: 0, fp: 0, fn: 0 };
      for (const a of articles) {
        sum.tp += a.counts[type].tp;
        sum.fp += a.counts[type].fp;
        sum.fn += a.counts[type].fn;
      }
      return [type, toScore(sum)];
    }),
  ) as Record<EvalType, Score>;
  const dates = { correct: 0, total: 0, extra: 0 };
  for (const a of articles) {
    dates.correct += a.dates.correct;
    dates.total += a.dates.total;
    dates.extra += a.dates.extra;
  }
  return { articles, totals, dates: { ...dates, accuracy: dates.total ? dates.correct / dates.total : 0 }, warnings };
}
