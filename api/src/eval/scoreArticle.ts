import type { ExtractionResult } from '../extract/types';
import { matchNamed, scoreCountries, scoreTreaties } from './scoreEntities';
import type { TypeResult } from './scoreEntities';
import { scoreRoles } from './scoreRoles';
import { scoreStatements } from './scoreStatements';
import type { ArticleEval, EvalType, GoldRecord } from './types';

const EMPTY_PREDICTION: Omit<ExtractionResult, 'article'> = { persons: [], countries: [], organizations: [], treaties: [], statements: [], issues: [] };

/** Scores one article's extraction against its gold record; a missing prediction scores as an empty one (everything missed). */
export function scoreArticle(gold: GoldRecord, prediction: ExtractionResult | undefined): ArticleEval {
  const pred: ExtractionResult = prediction ?? {
    article: { id: gold.id, title: null, summary: null, url: null, publishedAt: null, source: null },
    ...EMPTY_PREDICTION,
  };
  const persons = matchNamed(pred.persons, gold.persons);
  const statements = scoreStatements(pred, gold);
  const results: Record<EvalType, TypeResult> = {
    persons: persons.result,
    countries: scoreCountries(pred.countries, gold),
    organizations: matchNamed(pred.organizations, gold.organizations).result,
    treaties: scoreTreaties(pred.treaties, gold.treaties, pred.organizations),
    roles: scoreRoles(pred, gold, persons.pairs),
    statements: statements.withSpeaker,
    statementsContent: statements.contentOnly,
  };
  const pick = <K extends keyof TypeResult>(key: K): Record<EvalType, TypeResult[K]> =>
    Object.fromEntries(Object.entries(results).map(([type, r]) => [type, r[key]])) as Record<EvalType, TypeResult[K]>;
  return {
    id: gold.id,
    counts: pick('counts'),
    misses: pick('misses'),
    falsePositives: pick('falsePositives'),
    dates: statements.dates,
    wrongDates: statements.wrongDates,
  };
}
