import type { CypherQuery, Executor } from '../db/executor';
import { labelOfId } from '../store/labels';
import { compareEdges } from './findEdgesAmong';
import { findGraphNodes } from './findGraphNodes';
import { edgeFields, GRAPH_REL_TYPES, graphNodeFields } from './projections';
import type { EdgeRow, GraphNodeRow, GraphRow } from './types';

/** Most shortest paths returned; more set `truncated`. */
export const MAX_PATHS = 25;

// A variable-length bound cannot be a parameter: `maxHops` is a validated integer 1..6, checked again here before it is
// written into the text. allShortestPaths searches from both ends at once, so it stays cheap on a large graph.
const paths = (fromLabel: string, toLabel: string, maxHops: number) => `
MATCH (a:${fromLabel} {id: $from})
MATCH (b:${toLabel} {id: $to})
MATCH p = allShortestPaths((a)-[:${GRAPH_REL_TYPES}*..${maxHops}]-(b))
WITH p LIMIT toInteger($cap)
RETURN [n IN nodes(p) | ${graphNodeFields('n')}] AS nodes, [r IN relationships(p) | ${edgeFields('r')}] AS edges`;

/** Builds the shortest-paths query between two distinct entities, at most `maxHops` (1 to 6) relationships long. */
export function findPathsQuery(from: string, to: string, maxHops: number): CypherQuery {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 6) throw new RangeError(`query: maxHops must be an integer 1..6, got ${maxHops}`);
  return { cypher: paths(labelOfId(from) ?? 'Person', labelOfId(to) ?? 'Person', maxHops), params: { from, to, cap: MAX_PATHS + 1 } };
}

/** Every shortest connection from `from` to `to` (up to MAX_PATHS paths) as one graph; empty when none is within `maxHops`. */
export async function findPaths(executor: Executor, from: string, to: string, maxHops: number): Promise<GraphRow> {
  if (from === to) {
    const nodes = await findGraphNodes(executor, [from]);
    return { nodes, edges: [], truncated: false, total: nodes.length };
  }
  const rows = await executor.read<{ nodes: GraphNodeRow[]; edges: EdgeRow[] }>(findPathsQuery(from, to, maxHops), 'path');
  const used = rows.slice(0, MAX_PATHS);
  const nodes = new Map<string, GraphNodeRow>();
  const edges = new Map<string, EdgeRow>();
  for (const row of used) {
    for (const n of row.nodes) nodes.set(n.id, n);
    for (const e of row.edges) edges.set(`${e.type}|${e.source}|${e.target}|${e.titleKey ?? ''}`, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()].sort(compareEdges), truncated: rows.length > MAX_PATHS, total: nodes.size };
}
