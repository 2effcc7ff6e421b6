import { describe, expect, it } from 'vitest';
import {
  clearGraph,
  collapseNode,
  emptyGraph,
  mergeNeighborhood,
  removeNodes,
  togglePins,
  undoLast,
  type EdgeData,
  type GraphPayload,
  type NodeData,
} from '../../../web/src/state/graph/index';

const node = (id: string, kind: NodeData['kind'] = 'COUNTRY', weight = 1): NodeData => ({ id, kind, label: id.toUpperCase(), weight });
const edge = (source: string, target: string): EdgeData => ({
  id: `SPOKE_ABOUT:${source}->${target}`,
  source,
  target,
  type: 'SPOKE_ABOUT',
  label: '1',
  weight: 1,
  count: 1,
  tone: -2,
  firstSeen: '2025-01-01',
  lastSeen: '2025-01-01',
});
const payload = (nodes: NodeData[], edges: EdgeData[], truncated = false, total = nodes.length): GraphPayload => ({ nodes, edges, truncated, total });

describe('graph transitions', () => {
  const first = mergeNeighborhood({ graph: payload([node('a'), node('b'), node('c')], [edge('a', 'b'), edge('a', 'c')]), anchorIds: ['a'], limit: 200 })(emptyGraph);

  it('merges a neighbourhood: nodes, edges, the anchor expanded, the new nodes for the layout, the empty graph as undo', () => {
    expect(first).toEqual({
      nodes: { a: node('a'), b: node('b'), c: node('c') },
      edges: { 'SPOKE_ABOUT:a->b': edge('a', 'b'), 'SPOKE_ABOUT:a->c': edge('a', 'c') },
      expanded: ['a'],
      pinned: [],
      truncation: null,
      lastAdded: { anchorIds: ['a'], nodeIds: ['a', 'b', 'c'] },
      undo: { label: 'expand', content: { nodes: {}, edges: {}, expanded: [], pinned: [], truncation: null } },
    });
  });

  it('records a truncated answer as "shown of total" neighbours, and drops edges to unknown nodes', () => {
    const next = mergeNeighborhood({ graph: payload([node('b'), node('d')], [edge('b', 'd'), edge('b', 'zz')], true, 1341), anchorIds: ['b'], limit: 200 })(first);
    expect(next.truncation).toEqual({ anchorIds: ['b'], shown: 1, total: 1340, limit: 200 });
    expect(Object.keys(next.edges).sort()).toEqual(['SPOKE_ABOUT:a->b', 'SPOKE_ABOUT:a->c', 'SPOKE_ABOUT:b->d']);
    expect(next.lastAdded).toEqual({ anchorIds: ['b'], nodeIds: ['d'] });
    expect(next.expanded).toEqual(['a', 'b']);
  });

  it('removes nodes with their edges, and undo brings them back exactly', () => {
    const removed = removeNodes(['b'])(first);
    expect(Object.keys(removed.nodes)).toEqual(['a', 'c']);
    expect(Object.keys(removed.edges)).toEqual(['SPOKE_ABOUT:a->c']);
    const back = undoLast()(removed);
    expect({ nodes: back.nodes, edges: back.edges, expanded: back.expanded }).toEqual({ nodes: first.nodes, edges: first.edges, expanded: first.expanded });
    expect(back.undo).toBeNull();
    expect(undoLast()(back)).toBe(back);
  });

  it('collapses a node: removes only neighbours that hang on it alone, keeps pinned and expanded ones', () => {
    const grown = mergeNeighborhood({ graph: payload([node('c'), node('d'), node('e')], [edge('c', 'd'), edge('c', 'e')]), anchorIds: ['c'], limit: 200 })(first);
    const withLink = mergeNeighborhood({ graph: payload([node('b'), node('e')], [edge('b', 'e')]), anchorIds: [], limit: 200 })(grown);
    const pinned = togglePins(['d'])(withLink);
    const collapsed = collapseNode('c')(pinned);
    expect(Object.keys(collapsed.nodes).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(collapsed.expanded).toEqual(['a']);
    const unpinned = collapseNode('c')(withLink);
    expect(Object.keys(unpinned.nodes).sort()).toEqual(['a', 'b', 'c', 'e']);
    expect(undoLast()(unpinned).nodes).toEqual(withLink.nodes);
  });

  it('pins when any is unpinned, unpins when all are pinned, and ignores unknown ids', () => {
    const once = togglePins(['a', 'b'])(first);
    expect(once.pinned).toEqual(['a', 'b']);
    expect(togglePins(['a'])(togglePins(['a'])(first)).pinned).toEqual([]);
    expect(togglePins(['a', 'c'])(once).pinned).toEqual(['a', 'b', 'c']);
    expect(togglePins(['nope'])(first)).toBe(first);
  });

  it('clears the graph with the old content as undo, and is a no-op on an empty graph', () => {
    const cleared = clearGraph()(first);
    expect(cleared.nodes).toEqual({});
    expect(cleared.undo?.content.nodes).toBe(first.nodes);
    expect(clearGraph()(emptyGraph)).toBe(emptyGraph);
  });
});
