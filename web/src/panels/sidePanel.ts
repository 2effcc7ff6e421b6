import type { StatsQuery } from '../api/generated';
import { focusEntity, openArticle } from '../actions/focusActions';
import { openEntity } from '../actions/graphActions';
import type { AppStore } from '../state/appState';
import { mergePath } from '../state/graph/index';
import { on } from '../state/store';
import { backFromArticle, setPath, type PanelView } from '../state/view/index';
import { h, replaceChildren } from '../ui/dom';
import { errorBox } from '../ui/resource';
import { errorMessage } from '../api/client';
import { showArticlePanel } from './articlePanel';
import { showEdgePanel } from './edgePanel';
import { showEntityPanel } from './entityPanel';
import { showOverviewPanel } from './overviewPanel';
import { showPathPanel, type PathActions } from './pathPanel';

/** The right-hand panel: shows what `view.panel` names (overview, entity, edge evidence, article, path) and nothing else. */
export function mountSidePanel(root: HTMLElement, store: AppStore, onStats: (stats: StatsQuery['stats']) => void): () => void {
  const region = h('div', { class: 'panel-body', tabindex: '-1' });
  replaceChildren(root, region);

  const pick = (id: string, keepPanel = false): void => {
    focusEntity(store, id, keepPanel).catch((error: unknown) => replaceChildren(region, errorBox('Could not select that entity.', errorMessage(error), () => pick(id, keepPanel))));
  };
  const actions: PathActions = {
    pickEntity: (id) => pick(id),
    openArticle: (id, focus) => openArticle(store, id, focus),
    applyPath: (graph, highlight) => {
      store.update(on('graph', mergePath(graph)));
      store.update(on('view', setPath(highlight)));
    },
  };

  // A most-mentioned entity of the overview opens like a search pick: with its neighbourhood.
  const start = (id: string): void => void openEntity(store, id);
  const render = (panel: PanelView): void => {
    region.scrollTop = 0;
    switch (panel.kind) {
      case 'overview':
        return showOverviewPanel(region, onStats, start);
      case 'entity':
        return showEntityPanel(region, panel.id, actions);
      case 'edge': {
        const { graph } = store.get();
        const edge = graph.edges[panel.id];
        if (!edge) return showOverviewPanel(region, onStats, start);
        return showEdgePanel(region, edge, graph.nodes, actions);
      }
      case 'article':
        return showArticlePanel(region, panel.id, panel.focus, { pickEntity: (id) => pick(id, true), back: () => store.update(on('view', backFromArticle())) });
      case 'path':
        return showPathPanel(region, panel.from, panel.to, actions);
    }
  };

  render(store.get().view.panel);
  return store.subscribe((state, previous) => {
    if (JSON.stringify(state.view.panel) !== JSON.stringify(previous.view.panel)) render(state.view.panel);
    // An ingest from the browser changed the database: the overview's counts reload.
    else if (state.timeline.ingests !== previous.timeline.ingests && state.view.panel.kind === 'overview') render(state.view.panel);
  });
}
