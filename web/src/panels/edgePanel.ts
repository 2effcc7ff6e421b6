import { request } from '../api/client';
import { EdgeEvidenceDocument, type EdgeEvidenceQuery } from '../api/generated';
import { EDGE_LOOKS, KIND_LOOKS } from '../graph/kinds';
import type { EdgeData, NodeData } from '../state/graph/index';
import { h } from '../ui/dom';
import { entityChip } from '../ui/entityChip';
import { formatDate, plural } from '../ui/format';
import { highlightText } from '../ui/highlight';
import { emptyLine, loadInto } from '../ui/resource';
import { toneBadge, type StatementActions } from './statementList';

type EvidenceEdge = EdgeEvidenceQuery['neighborhood']['edges'][number];
type EvidenceItem = EvidenceEdge['evidence'][number];

/** Renders one evidence sentence with the words of the given entities highlighted, its article and a link into it. */
export function evidenceItem(ev: EvidenceItem, ends: readonly NodeData[], actions: StatementActions): HTMLElement {
  const byId = new Map(ends.map((n) => [n.id, n]));
  const marks = ev.article.mentions
    .filter((m) => byId.has(m.entity.id) && m.start >= ev.start && m.end <= ev.end)
    .map((m) => {
      const node = byId.get(m.entity.id) as NodeData;
      return { start: m.start, end: m.end, className: `hl hl-${node.kind}`, label: `${node.label}, ${KIND_LOOKS[node.kind].label}`, data: { 'data-entity-id': node.id } };
    });
  return h(
    'li',
    { class: 'evidence' },
    h('p', { class: 'evidence-text' }, ...highlightText(ev.text, ev.start, marks)),
    h(
      'p',
      { class: 'evidence-source' },
      h('button', { type: 'button', class: 'link-button', 'data-article-id': ev.article.id, onclick: () => actions.openArticle(ev.article.id, { start: ev.start, end: ev.end }) }, ev.article.title),
      h('span', { class: 'muted' }, ` · ${formatDate(ev.article.publishedAt)}${ev.article.source ? ` · ${ev.article.source}` : ''}`),
    ),
  );
}

/** Renders the selected edge: its two ends, type, count, tone and dates, then its source sentences. */
export function showEdgePanel(region: HTMLElement, edge: EdgeData, nodes: Readonly<Record<string, NodeData>>, actions: StatementActions): void {
  const source = nodes[edge.source];
  const target = nodes[edge.target];
  if (!source || !target) {
    region.replaceChildren(emptyLine('This relationship is no longer in the view.'));
    return;
  }
  loadInto(
    region,
    'the evidence',
    (signal) => request(EdgeEvidenceDocument, { ids: [edge.source, edge.target], limit: 2, first: 10 }, signal),
    (data) => {
      const found = data.neighborhood.edges.find((e) => e.id === edge.id);
      const header = h(
        'header',
        { class: 'panel-header' },
        h('h2', { class: 'panel-title edge-title' }, entityChip({ id: source.id, kind: source.kind, name: source.label }, actions.pickEntity), h('span', { class: 'edge-type' }, ` ${EDGE_LOOKS[edge.type].label.replace(' (tone)', '')} → `), entityChip({ id: target.id, kind: target.kind, name: target.label }, actions.pickEntity)),
        h(
          'p',
          { class: 'panel-kind' },
          edge.type === 'HOLDS_ROLE' ? `${edge.label} · ` : '',
          edge.type === 'SPOKE_ABOUT' ? plural(edge.count, 'statement') : plural(edge.count, 'article'),
          ` · ${formatDate(edge.firstSeen)} – ${formatDate(edge.lastSeen)} `,
          edge.type === 'SPOKE_ABOUT' ? toneBadge(edge.tone) : null,
        ),
      );
      const evidence = found?.evidence ?? [];
      return h(
        'article',
        { class: 'edge-details', 'data-edge-id': edge.id },
        header,
        h('section', { class: 'panel-section' }, h('h3', {}, `Evidence (${evidence.length}${edge.count > evidence.length ? ` of ${edge.count}` : ''})`), evidence.length === 0 ? emptyLine('The API returned no source sentence for this relationship.') : h('ol', { class: 'evidence-list' }, ...evidence.map((ev) => evidenceItem(ev, [source, target], actions)))),
      );
    },
  );
}
