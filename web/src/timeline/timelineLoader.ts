import { errorMessage, request } from '../api/client';
import { TimelineStatementsDocument, type TimelineStatementsQuery } from '../api/generated';
import type { AppStore } from '../state/appState';
import { on } from '../state/store';
import { clearStatements, failStatements, receiveStatements, startLoading, type TimelineStatement } from '../state/timeline/index';
import { entitiesOfRelations } from './viewStatements';

/** Statements per request (the API's maximum page for `statementsAmong`). */
const PAGE = 500;
/** Most pages per view: the newest 10,000 statements; older edges then fall back to their first and last seen. */
const MAX_PAGES = 20;

/** Every dated statement by one of `ids` about another (newest first, up to MAX_PAGES pages); stops when `signal` aborts. */
async function fetchView(ids: string[], signal: AbortSignal): Promise<TimelineStatement[]> {
  const out: TimelineStatement[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const data: TimelineStatementsQuery = await request(TimelineStatementsDocument, { ids, first: PAGE, after }, signal);
    for (const edge of data.statementsAmong.edges) out.push(edge.node);
    if (!data.statementsAmong.pageInfo.hasNextPage || !data.statementsAmong.pageInfo.endCursor) break;
    after = data.statementsAmong.pageInfo.endCursor;
  }
  return out;
}

/**
 * Keeps the timeline's statements in step with the graph: whenever the entities at the ends of SPOKE_ABOUT edges change, loads
 * the statements among them (`statementsAmong`, page by page; a newer change aborts the older load) and stores them. `reload`
 * loads again (after a browser ingest); `unbind` stops following the store.
 */
export function bindTimelineLoader(store: AppStore): { unbind: () => void; reload: () => void } {
  let lastKey = '';
  let inFlight: AbortController | null = null;
  const load = (ids: string[]): void => {
    const key = ids.join(',');
    if (key === lastKey) return;
    lastKey = key;
    inFlight?.abort();
    inFlight = null;
    if (ids.length === 0) {
      store.update(on('timeline', clearStatements()));
      return;
    }
    const controller = new AbortController();
    inFlight = controller;
    store.update(on('timeline', startLoading(key)));
    fetchView(ids, controller.signal).then(
      (statements) => {
        if (!controller.signal.aborted) store.update(on('timeline', receiveStatements(key, statements)));
      },
      (error: unknown) => {
        if (!controller.signal.aborted) store.update(on('timeline', failStatements(key, errorMessage(error))));
      },
    );
  };
  load(entitiesOfRelations(store.get().graph));
  const unbind = store.subscribe((state, previous) => {
    if (state.graph.edges !== previous.graph.edges) load(entitiesOfRelations(state.graph));
  });
  const reload = (): void => {
    lastKey = '';
    load(entitiesOfRelations(store.get().graph));
  };
  return {
    unbind: () => {
      inFlight?.abort();
      unbind();
    },
    reload,
  };
}
