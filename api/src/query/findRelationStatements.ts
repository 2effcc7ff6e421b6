import type { CypherQuery, Executor } from '../db/executor';
import { labelOfId } from '../store/labels';
import { storedDatesOf } from './relationBuckets';
import type { RelationStatementsKey } from './types';

// Each period's newest statements lie on its last days with statements (the day arrays say which, and how many there are): only
// those days are read, through the Statement.saidAt index (one equality seek per stored form of the day), and each statement is
// kept when it is about B and said by one of A's speakers. Order as the statements page: newest first, ties by publication, id.
const PERIOD_STATEMENTS = (bLabel: string) => `
MATCH (b:${bLabel} {id: $b})
UNWIND $windows AS w
CALL (b, w) {
  UNWIND w.dates AS date
  MATCH (s:Statement {saidAt: date})
  WHERE EXISTS { (s)-[:ABOUT]->(b) } AND EXISTS { MATCH (x)-[:SAID]->(s) WHERE x.id IN $speakerIds }
  WITH s ORDER BY s.saidAt DESC, coalesce(s.publishedAt, '') DESC, s.id DESC
  RETURN collect(s.id) AS ids
}
RETURN w.key AS key, ids[0..toInteger(w.first)] AS ids
`;

/** Builds the query of the newest statement ids of some periods of one relation (keys of one `relation`). */
export function findRelationStatementsQuery(keys: readonly RelationStatementsKey[]): CypherQuery {
  const { b, speakerIds } = keys[0]!.window.relation;
  const windows = keys.map((k) => ({ key: relationStatementsKey(k), first: k.first, dates: k.window.newestDays(k.first).flatMap(storedDatesOf) }));
  return { cypher: PERIOD_STATEMENTS(labelOfId(b) ?? 'Person'), params: { b, speakerIds, windows } };
}

/** The cache key of a request for a period's statements. */
export function relationStatementsKey(k: RelationStatementsKey): string {
  return `${k.window.relation.key}\u0000${k.window.period}\u0000${k.first}`;
}

/** For each key, the ids of its period's `first` newest statements (newest first), in key order; one query per relation. */
export async function findRelationStatements(executor: Executor, keys: readonly RelationStatementsKey[]): Promise<string[][]> {
  const byRelation = new Map<string, RelationStatementsKey[]>();
  for (const k of keys) {
    const group = byRelation.get(k.window.relation.key) ?? [];
    group.push(k);
    byRelation.set(k.window.relation.key, group);
  }
  const found = new Map<string, string[]>();
  for (const group of byRelation.values()) {
    const asked = group.filter((k) => k.window.newestDays(k.first).length > 0);
    if (asked.length === 0) continue;
    const rows = await executor.read<{ key: string; ids: string[] }>(findRelationStatementsQuery(asked), 'relation-timeline-statements');
    for (const r of rows) found.set(r.key, r.ids);
  }
  return keys.map((k) => found.get(relationStatementsKey(k)) ?? []);
}
