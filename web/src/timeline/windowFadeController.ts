import type { Core } from 'cytoscape';
import type { AppState, AppStore } from '../state/appState';
import { indexEdgeDates, outsideWindow, statementsOfView, type EdgeDates, type ViewStatement } from './viewStatements';

/** The view's statements and their dates by edge, recomputed only when the graph or the loaded statements change. */
export interface ViewIndex {
  items: readonly ViewStatement[];
  dates: EdgeDates;
}

let cached: { graph: AppState['graph']; statements: AppState['timeline']['data']['statements']; index: ViewIndex } | null = null;

/** The statements of the state's view (memoised on the graph and the loaded statements, so brushing and Play stay cheap). */
export function viewIndexOf(state: AppState): ViewIndex {
  if (cached && cached.graph === state.graph && cached.statements === state.timeline.data.statements) return cached.index;
  const items = statementsOfView(state.graph, state.timeline.data.statements);
  const index = { items, dates: indexEdgeDates(items) };
  cached = { graph: state.graph, statements: state.timeline.data.statements, index };
  return index;
}

/**
 * Fades what the time window leaves out (class `out-of-window`: edges without evidence inside it, nodes left without edges)
 * and marks the entities a browser ingest created (class `fresh`). At most one update per animation frame, however often
 * the window moves (a brush drag reports every mouse move, Play every frame), and only elements whose state changes are
 * touched, in one Cytoscape batch. Returns the unsubscribe.
 */
export function bindWindowFade(cy: Core, store: AppStore): () => void {
  let outside = new Set<string>();
  let fresh = new Set<string>();
  let frame = 0;
  let graphChanged = false;
  const sync = (state: AppState): void => {
    // A graph change adds and removes elements: start from the classes they carry now.
    if (graphChanged) {
      graphChanged = false;
      outside = new Set(cy.$('.out-of-window').map((el) => el.id()));
      fresh = new Set(cy.$('.fresh').map((el) => el.id()));
    }
    const { since, until } = state.timeWindow;
    const result = outsideWindow(state.graph, viewIndexOf(state).dates, since, until);
    const next = new Set([...result.edges, ...result.nodes]);
    const nextFresh = new Set(state.timeline.fresh);
    cy.batch(() => {
      for (const id of outside) if (!next.has(id)) cy.getElementById(id).removeClass('out-of-window');
      for (const id of next) if (!outside.has(id)) cy.getElementById(id).addClass('out-of-window');
      for (const id of fresh) if (!nextFresh.has(id)) cy.getElementById(id).removeClass('fresh');
      for (const id of nextFresh) if (!fresh.has(id)) cy.getElementById(id).addClass('fresh');
    });
    outside = next;
    fresh = nextFresh;
    cy.container()?.setAttribute('data-outside-window', String(result.edges.size));
  };
  sync(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.timeWindow === previous.timeWindow && state.graph === previous.graph && state.timeline.data === previous.timeline.data && state.timeline.fresh === previous.timeline.fresh) return;
    if (state.graph !== previous.graph) graphChanged = true;
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      sync(store.get());
    });
  });
  return () => {
    cancelAnimationFrame(frame);
    unsubscribe();
  };
}

/** The ids the window fades now (for tests and the benchmark through the page's read-only hook). */
export function outsideIds(state: AppState): { edges: string[]; nodes: string[] } {
  const result = outsideWindow(state.graph, viewIndexOf(state).dates, state.timeWindow.since, state.timeWindow.until);
  return { edges: [...result.edges].sort(), nodes: [...result.nodes].sort() };
}
