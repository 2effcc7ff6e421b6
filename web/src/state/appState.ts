import { emptyGraph, type GraphState } from './graph/index';
import { noFilters, type FiltersState } from './filters/index';
import { idleSearch, type SearchState } from './search/index';
import { emptySelection, type SelectionState } from './selection/index';
import { idleRequest, type GraphRequestState } from './status/index';
import { openWindow, type TimeWindowState } from './timeWindow/index';
import { initialTimeline, type TimelineState } from './timeline/index';
import { initialView, type ViewState } from './view/index';
import { createStore, type Store } from './store';

/** The explorer's whole state, one field per concern. */
export interface AppState {
  graph: GraphState;
  selection: SelectionState;
  filters: FiltersState;
  search: SearchState;
  timeWindow: TimeWindowState;
  timeline: TimelineState;
  view: ViewState;
  request: GraphRequestState;
}

/** The explorer's store. */
export type AppStore = Store<AppState>;

/** The state of a fresh page. */
export const initialAppState: AppState = {
  graph: emptyGraph,
  selection: emptySelection,
  filters: noFilters,
  search: idleSearch,
  timeWindow: openWindow,
  timeline: initialTimeline,
  view: initialView,
  request: idleRequest,
};

/** Creates the explorer's one store. */
export function createAppStore(initial: AppState = initialAppState): AppStore {
  return createStore(initial);
}
