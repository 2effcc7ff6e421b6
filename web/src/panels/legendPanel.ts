import { ENTITY_KINDS, toggleKind } from '../state/filters/index';
import type { AppState, AppStore } from '../state/appState';
import { on } from '../state/store';
import { EDGE_LOOKS, KIND_LOOKS, TONE_COLORS } from '../graph/kinds';
import { h, replaceChildren } from '../ui/dom';

/** The legend: each kind (shape, colour, count in view) is a toggle that hides or shows it; edge styles and the tone scale. */
export function mountLegend(root: HTMLElement, store: AppStore): () => void {
  const toggles = ENTITY_KINDS.map((kind) => {
    const look = KIND_LOOKS[kind];
    const count = h('span', { class: 'legend-count' });
    const el = h(
      'button',
      { type: 'button', class: `legend-toggle`, 'aria-pressed': 'true', 'data-kind': kind, title: `Show or hide ${look.plural.toLowerCase()}`, onclick: () => store.update(on('filters', toggleKind(kind))) },
      h('span', { class: `kind-icon kind-${kind}`, 'aria-hidden': 'true' }, look.glyph),
      ` ${look.plural} `,
      count,
    );
    return { kind, el, count };
  });
  const edgeRows = Object.entries(EDGE_LOOKS)
    .filter(([type]) => type !== 'SPOKE_ABOUT')
    .map(([type, look]) => h('li', {}, h('span', { class: `edge-sample line-${look.lineStyle}`, 'aria-hidden': 'true', 'data-type': type }), ` ${look.label}`));
  const tone = h(
    'div',
    { class: 'tone-legend' },
    h('span', { class: 'edge-sample arrow', 'aria-hidden': 'true' }),
    h('span', {}, 'spoke about, by tone: hostile'),
    h('span', { class: 'tone-scale', role: 'img', 'aria-label': `tone scale, red (${TONE_COLORS.hostile}) for hostile through grey for neutral to green for cooperative` }),
    h('span', {}, 'cooperative'),
  );
  replaceChildren(
    root,
    h('h2', { class: 'visually-hidden' }, 'Legend'),
    h('div', { class: 'legend-kinds', role: 'group', 'aria-label': 'Kinds shown (toggle to hide)' }, ...toggles.map((t) => t.el)),
    h('ul', { class: 'legend-edges' }, ...edgeRows),
    tone,
    h('p', { class: 'legend-note' }, 'Node size: mentions · edge width: articles or statements'),
  );
  const render = (state: AppState): void => {
    const counts = new Map<string, number>();
    for (const node of Object.values(state.graph.nodes)) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
    for (const t of toggles) {
      const shown = !state.filters.hiddenKinds.includes(t.kind);
      t.el.setAttribute('aria-pressed', String(shown));
      t.el.classList.toggle('off', !shown);
      t.count.textContent = `${counts.get(t.kind) ?? 0}${shown ? '' : ' hidden'}`;
    }
  };
  render(store.get());
  return store.subscribe((state, previous) => {
    if (state.graph.nodes !== previous.graph.nodes || state.filters !== previous.filters) render(state);
  });
}
