import { loadMore } from '../actions/graphActions';
import type { AppState, AppStore } from '../state/appState';
import { h, replaceChildren } from '../ui/dom';
import { formatCount } from '../ui/format';
import { errorBox } from '../ui/resource';

/** Above the canvas: the graph request's loading line or error with Retry, the truncation note with "load more", or the empty prompt. */
export function mountStatusBanner(root: HTMLElement, emptyPrompt: HTMLElement, store: AppStore): () => void {
  const render = (state: AppState): void => {
    const { request, graph } = state;
    emptyPrompt.hidden = Object.keys(graph.nodes).length > 0 || request.phase !== 'idle';
    if (request.phase === 'loading') return replaceChildren(root, h('p', { class: 'banner banner-loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), `${request.what}…`));
    if (request.phase === 'error') return replaceChildren(root, errorBox(`${request.what} failed.`, request.message, request.retry));
    if (graph.truncation) {
      const t = graph.truncation;
      return replaceChildren(
        root,
        h('p', { class: 'banner banner-truncated', role: 'status' }, `Showing ${formatCount(t.shown)} of ${formatCount(t.total)} neighbours · `, h('button', { type: 'button', class: 'link-button', 'data-command': 'load-more', onclick: () => void loadMore(store) }, 'load more')),
      );
    }
    replaceChildren(root);
  };
  render(store.get());
  return store.subscribe((state, previous) => {
    if (state.request !== previous.request || state.graph !== previous.graph) render(state);
  });
}
