import { errorMessage, request } from '../api/client';
import { TimelineStatementsDocument, type TimelineStatementsQuery } from '../api/generated';
import type { AppStore } from '../state/appState';
import { on } from '../state/store';
import { clearStatements, failStatements, receiveStatements, startLoading, type TimelineStatement } from '../state/timeline/index';
import { relationsOfView, type Relation } from './viewStatements';

/** Statements per request (the API's maximum page for `relationStatements`). */
const PAGE = 500;
/** Most pages per view: the newest 10,000 statements; older edges then fall back to their first and last seen. */
const MAX_PAGES = 20;

/** Every dated statement behind the relations (newest first, up to MAX_PAGES pages); stops when `signal` aborts. */
async function fetchView(relations: Relation[], signal: AbortSignal): Promise<TimelineStatement[]> {
  const out: TimelineStatement[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const data: TimelineStatementsQuery = await request(TimelineStatementsDocument, { relations, first: PAGE, after }, signal);
    for (const edge of data.relationStatements.edges) out.push(edge.node);
    if (!data.relationStatements.pageInfo.hasNextPage || !data.relationStatements.pageInfo.endCursor) break;
    after = data.relationStatements.pageInfo.endCursor;
  }
  return out;
}

/**
 * Keeps the timeline's statements in step with the graph: whenever the view's SPOKE_ABOUT edges change, loads the statements
 * behind them (`relationStatements`, page by page; a newer change aborts the older load) and stores them. `reload`
 * loads again (after a browser ingest); `unbind` stops following the store.
 */
export function bindTimelineLoader(store: AppStore): { unbind: () => void; reload: () => void } {
  let lastKey = '';
  let inFlight: AbortController | null = null;
  const load = (relations: Relation[]): void => {
    const key = relations.map((r) => `${r.speaker}>${r.subject}`).join(',');
    if (key === lastKey) return;
    lastKey = key;
    inFlight?.abort();
    inFlight = null;
    if (relations.length === 0) {
      store.update(on('timeline', clearStatements()));
      return;
    }
    const controller = new AbortController();
    inFlight = controller;
    store.update(on('timeline', startLoading(key)));
    fetchView(relations, controller.signal).then(
      (statements) => {
        if (!controller.signal.aborted) store.update(on('timeline', receiveStatements(key, statements)));
      },
      (error: unknown) => {
        if (!controller.signal.aborted) store.update(on('timeline', failStatements(key, errorMessage(error))));
      },
    );
  };
  load(relationsOfView(store.get().graph));
  const unbind = store.subscribe((state, previous) => {
    if (state.graph.edges !== previous.graph.edges) load(relationsOfView(state.graph));
  });
  const reload = (): void => {
    lastKey = '';
    load(relationsOfView(store.get().graph));
  };
  return {
    unbind: () => {
      inFlight?.abort();
      unbind();
    },
    reload,
  };
}
