import type { CypherQuery, Executor } from '../db/executor';
import { ENTITY_LABELS } from '../store/labels';
import { entityFields } from './projections';
import type { EntityKind, EntityRow } from './types';

// One branch per label, each read from that label's mentionCount index in descending order and stopped after `first`
// (`WHERE e.mentionCount IS NOT NULL` lets the planner use the index for the order), then the best of the branches.
const BRANCH = (label: EntityKind) => `
  MATCH (e:${label}) WHERE e.mentionCount IS NOT NULL
  WITH e ORDER BY e.mentionCount DESC LIMIT toInteger($first)
  RETURN e`;

/** Builds the query of the `first` most-mentioned entities of the given kinds (labels only from ENTITY_LABELS). */
export function findTopEntitiesQuery(kinds: EntityKind[] | null, first: number): CypherQuery {
  const labels = ENTITY_LABELS.filter((l) => kinds === null || kinds.includes(l));
  return {
    cypher: `CALL () {${labels.map(BRANCH).join('\n  UNION ALL')}
}
WITH e ORDER BY e.mentionCount DESC, e.articleCount DESC, e.id
LIMIT toInteger($first)
RETURN ${entityFields('e')} AS entity`,
    params: { first },
  };
}

/** The most-mentioned entities of the given kinds (all when null), most first; ties by article count, then id. */
export async function findTopEntities(executor: Executor, kinds: EntityKind[] | null, first: number): Promise<EntityRow[]> {
  if (kinds !== null && kinds.length === 0) return [];
  const rows = await executor.read<{ entity: EntityRow }>(findTopEntitiesQuery(kinds, first), 'top-entities');
  return rows.map((r) => r.entity);
}
