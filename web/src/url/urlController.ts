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
 * A change of the window alone replaces the current entry instead.
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

  // A change of the time window alone (brushing, Play) replaces the current entry, at most every 250 ms: it must
  // neither flood Back/Forward nor hit the browser's history throttling while the window animates.
  let pendingWindow: ReturnType<typeof setTimeout> | null = null;
  const writeWindow = (): void => {
    pendingWindow = null;
    const next = encodeUrlView(store.get());
    if (next !== location.search) history.replaceState(null, '', `${location.pathname}${next}`);
  };
  const unsubscribe = store.subscribe(() => {
    if (applying) return;
    const next = encodeUrlView(store.get());
    if (next === location.search) return;
    if (withoutWindow(next) === withoutWindow(location.search)) {
      pendingWindow ??= setTimeout(writeWindow, 250);
      return;
    }
    if (pendingWindow) clearTimeout(pendingWindow);
    pendingWindow = null;
    history.pushState(null, '', `${location.pathname}${next}`);
  });
  return () => {
    window.removeEventListener('popstate', onPop);
    if (pendingWindow) clearTimeout(pendingWindow);
    unsubscribe();
  };
}

/** The view of a query string with its time window left out, to tell window-only changes apart. */
function withoutWindow(search: string): string {
  return JSON.stringify({ ...decodeUrlView(search), since: null, until: null });
}
