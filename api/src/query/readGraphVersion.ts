import type { CypherQuery, Executor } from '../db/executor';

// One labelled seek on the unique __GraphVersion.name (migration 008); every write transaction sets a new token.
const GRAPH_VERSION = `OPTIONAL MATCH (v:__GraphVersion {name: 'graph'}) RETURN v.token AS token`;

/** Builds the graph-version query. */
export function readGraphVersionQuery(): CypherQuery {
  return { cypher: GRAPH_VERSION };
}

/**
 * The graph's current version token, or null when the graph has none (a database that was never written through the
 * executor, or whose nodes were all deleted by hand): callers must then treat every read as uncacheable.
 */
export async function readGraphVersion(executor: Executor): Promise<string | null> {
  const rows = await executor.read<{ token: string | null }>(readGraphVersionQuery(), 'graph-version');
  return rows[0]?.token ?? null;
}
