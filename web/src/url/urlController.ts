import { restoreView } from '../actions/graphActions';
import type { AppStore } from '../state/appState';
import { selectElements } from '../state/appTransitions';
import { setHiddenKinds } from '../state/filters/index';
import { on } from '../state/store';
import { setWindow } from '../state/timeWindow/index';
import { setWebgl } from '../state/view/index';
import { decodeUrlView, encodeUrlView, type UrlView } from './urlState';

/**
 * Keeps the address bar in step with the view: each change of expanded nodes, selection, filters or window pushes a history
 * entry, so a link reopens the view and Back/Forward walk through it; a popstate (or the first load) restores the view.
 */
export function bindUrlController(store: AppStore): () => void {
  let applying = false;

  const apply = (view: UrlView): void => {
    applying = true;
    store.update(on('filters', setHiddenKinds(view.hidden)));
    store.update(on('timeWindow', setWindow(view.since, view.until)));
    store.update(on('view', setWebgl(view.webgl)));
    const state = store.get();
    const sameGraph = view.expanded.length === state.graph.expanded.length && view.expanded.every((id) => state.graph.expanded.includes(id));
    if (sameGraph) {
      store.update(selectElements(view.selected.filter((id) => state.graph.nodes[id]), view.selected.filter((id) => state.graph.edges[id])));
      applying = false;
      return;
    }
    void restoreView(store, view).finally(() => {
      applying = false;
      history.replaceState(null, '', `${location.pathname}${encodeUrlView(store.get())}`);
    });
  };

  const onPop = (): void => apply(decodeUrlView(location.search));
  window.addEventListener('popstate', onPop);
  if (location.search) apply(decodeUrlView(location.search));

  const unsubscribe = store.subscribe(() => {
    if (applying) return;
    const next = encodeUrlView(store.get());
    if (next !== location.search) history.pushState(null, '', `${location.pathname}${next}`);
  });
  return () => {
    window.removeEventListener('popstate', onPop);
    unsubscribe();
  };
}
