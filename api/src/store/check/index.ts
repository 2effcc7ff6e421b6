import type { Executor } from '../../db/executor';
import { countsMatchExtraction } from './invariants/countsMatchExtraction';
import { entitiesHaveArticles } from './invariants/entitiesHaveArticles';
import { entityAggregatesMatch } from './invariants/entityAggregatesMatch';
import { factsMatchEvidence } from './invariants/factsMatchEvidence';
import { mentionsComeFromArticles } from './invariants/mentionsComeFromArticles';
import { statementHasOneArticle } from './invariants/statementHasOneArticle';
import { spokeAboutDaysMatchStatements } from './invariants/spokeAboutDaysMatchStatements';
import { spokeAboutMatchesStatements } from './invariants/spokeAboutMatchesStatements';
import { spokenPairsHaveSpokeAbout } from './invariants/spokenPairsHaveSpokeAbout';
import { statementHasOneSpeaker } from './invariants/statementHasOneSpeaker';
import { uniqueIds } from './invariants/uniqueIds';
import type { Invariant, Violation } from './types';

export type { Invariant, Violation } from './types';

/** The invariants `diplograph check` verifies, in the order it reports them. */
export const INVARIANTS: readonly Invariant[] = [
  statementHasOneSpeaker,
  statementHasOneArticle,
  mentionsComeFromArticles,
  factsMatchEvidence,
  uniqueIds,
  entitiesHaveArticles,
  countsMatchExtraction,
  entityAggregatesMatch,
  spokeAboutMatchesStatements,
  spokeAboutDaysMatchStatements,
  spokenPairsHaveSpokeAbout,
];

/** Runs every invariant as a read query and returns the violations (at most `limit` per invariant); throws DatabaseUnavailableError / DatabaseError. */
export async function checkGraph(executor: Executor, limit = 20, invariants: readonly Invariant[] = INVARIANTS): Promise<Violation[]> {
  const violations: Violation[] = [];
  for (const invariant of invariants) {
    const rows = await executor.read<{ id: string | null; problem: string }>({ cypher: invariant.cypher, params: { limit } }, `check-${invariant.name}`);
    for (const row of rows) violations.push({ invariant: invariant.name, id: row.id, problem: row.problem });
  }
  return violations;
}
