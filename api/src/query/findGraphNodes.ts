import type { CypherQuery, Executor } from '../db/executor';
import { graphNodeFields, matchEntityById } from './projections';
import type { GraphNodeRow } from './types';

const NODES = `
UNWIND $ids AS id
${matchEntityById('id', 'e')}
RETURN ${graphNodeFields('e')} AS node`;

/** Builds the lookup of entities as graph nodes. */
export function findGraphNodesQuery(ids: readonly string[]): CypherQuery {
  return { cypher: NODES, params: { ids: [...new Set(ids)] } };
}

/** The existing entities among `ids`, as graph nodes, in no particular order. */
export async function findGraphNodes(executor: Executor, ids: readonly string[]): Promise<GraphNodeRow[]> {
  const rows = await executor.read<{ node: GraphNodeRow }>(findGraphNodesQuery(ids), 'graph-nodes');
  return rows.map((r) => r.node);
}
