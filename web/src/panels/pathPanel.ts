import { request } from '../api/client';
import { PathDocument, type PathQuery } from '../api/generated';
import { EDGE_LOOKS } from '../graph/kinds';
import type { NodeData } from '../state/graph/index';
import { h } from '../ui/dom';
import { entityChip } from '../ui/entityChip';
import { plural } from '../ui/format';
import { emptyLine, loadInto } from '../ui/resource';
import { evidenceItem } from './edgePanel';
import type { StatementActions } from './statementList';

type PathGraph = PathQuery['path'];
type PathEdge = PathGraph['edges'][number];

/** What the path view does besides listing: merge the path into the graph and highlight it. */
export interface PathActions extends StatementActions {
  applyPath(graph: PathGraph, highlight: { nodes: string[]; edges: string[] }): void;
}

/** Orders a path graph's edges as hops from `from` to `to` (breadth-first over the returned edges, either direction). */
export function orderHops(graph: { edges: readonly PathEdge[] }, from: string, to: string): { edge: PathEdge; from: string; to: string }[] {
  const previous = new Map<string, { edge: PathEdge; from: string }>();
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length > 0 && !seen.has(to)) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edge of graph.edges) {
        const other = edge.source === id ? edge.target : edge.target === id ? edge.source : null;
        if (other === null || seen.has(other)) continue;
        seen.add(other);
        previous.set(other, { edge, from: id });
        next.push(other);
      }
    }
    frontier = next;
  }
  const hops: { edge: PathEdge; from: string; to: string }[] = [];
  for (let at = to; previous.has(at); ) {
    const step = previous.get(at) as { edge: PathEdge; from: string };
    hops.unshift({ edge: step.edge, from: step.from, to: at });
    at = step.from;
  }
  return hops;
}

/** Finds the shortest connections between two entities, highlights them in the graph and lists each hop's evidence. */
export function showPathPanel(region: HTMLElement, from: string, to: string, actions: PathActions): void {
  loadInto(
    region,
    'the connection',
    (signal) => request(PathDocument, { from, to, maxHops: 4 }, signal),
    (data) => {
      const graph = data.path;
      const nodes = new Map(graph.nodes.map((n) => [n.id, n as NodeData]));
      const hops = orderHops(graph, from, to);
      actions.applyPath(graph, { nodes: graph.nodes.map((n) => n.id), edges: graph.edges.map((e) => e.id) });
      const name = (id: string) => nodes.get(id)?.label ?? id;
      const chip = (id: string) => {
        const n = nodes.get(id);
        return n ? entityChip({ id, kind: n.kind, name: n.label }, actions.pickEntity) : h('span', {}, id);
      };
      const header = h('header', { class: 'panel-header' }, h('h2', { class: 'panel-title' }, 'How are these connected?'), h('p', { class: 'panel-kind' }, chip(from), ' ↔ ', chip(to)));
      if (hops.length === 0) return h('article', { class: 'path-view' }, header, emptyLine(`No connection between ${name(from)} and ${name(to)} within 4 hops.`));
      const otherEdges = graph.edges.length - hops.length;
      return h(
        'article',
        { class: 'path-view' },
        header,
        h('p', { class: 'muted' }, `${plural(hops.length, 'hop')}, highlighted in the graph${otherEdges > 0 ? ` (with ${plural(otherEdges, 'more edge')} of other equally short paths)` : ''}.`),
        h(
          'ol',
          { class: 'hop-list' },
          ...hops.map((hop, i) =>
            h(
              'li',
              { class: 'hop', 'data-edge-id': hop.edge.id },
              h('h3', {}, `${i + 1}. `, chip(hop.from), ` — ${hop.edge.type === 'HOLDS_ROLE' ? hop.edge.label : EDGE_LOOKS[hop.edge.type].label.replace(' (tone)', '')} — `, chip(hop.to)),
              hop.edge.evidence.length === 0
                ? emptyLine('No source sentence returned.')
                : h('ol', { class: 'evidence-list' }, ...hop.edge.evidence.map((ev) => evidenceItem(ev, [nodes.get(hop.from), nodes.get(hop.to)].filter((n): n is NodeData => Boolean(n)), actions))),
            ),
          ),
        ),
      );
    },
  );
}
