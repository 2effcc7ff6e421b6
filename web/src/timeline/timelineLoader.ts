import { errorMessage, request } from '../api/client';
import { TimelineStatementsDocument, type TimelineStatementsQuery } from '../api/generated';
import type { AppStore } from '../state/appState';
import { on } from '../state/store';
import { clearStatements, failStatements, receiveStatements, startLoading, type TimelineStatement } from '../state/timeline/index';
import { speakersOfView } from './viewStatements';

/** Statements per request (the API's maximum page). */
const PAGE = 100;
/** Most pages per speaker: the newest 500 statements; a busier speaker's older edges fall back to their first/last seen. */
const MAX_PAGES = 5;
/** Speakers fetched at once. */
const CONCURRENCY = 4;

async function fetchSpeaker(speaker: string): Promise<TimelineStatement[]> {
  const out: TimelineStatement[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const data: TimelineStatementsQuery = await request(TimelineStatementsDocument, { speaker, first: PAGE, after });
    for (const edge of data.statements.edges) out.push(edge.node);
    if (!data.statements.pageInfo.hasNextPage || !data.statements.pageInfo.endCursor) break;
    after = data.statements.pageInfo.endCursor;
  }
  return out;
}

/**
 * Keeps the timeline's statements in step with the graph: whenever the set of speakers of SPOKE_ABOUT edges changes, loads
 * what each new speaker said (each speaker once until `reload`, a few at a time) and stores the union. `reload` forgets what
 * was loaded (after a browser ingest); `unbind` stops following the store.
 */
export function bindTimelineLoader(store: AppStore): { unbind: () => void; reload: () => void } {
  const cache = new Map<string, Promise<TimelineStatement[]>>();
  let lastKey = '';
  const load = (speakers: string[]): void => {
    const key = speakers.join(',');
    if (key === lastKey) return;
    lastKey = key;
    if (speakers.length === 0) {
      store.update(on('timeline', clearStatements()));
      return;
    }
    store.update(on('timeline', startLoading(key)));
    const queue = [...speakers];
    const results: TimelineStatement[][] = [];
    const worker = async (): Promise<void> => {
      for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
        let pending = cache.get(s);
        if (!pending) {
          pending = fetchSpeaker(s);
          cache.set(s, pending);
          pending.catch(() => cache.delete(s));
        }
        results.push(await pending);
      }
    };
    Promise.all(Array.from({ length: Math.min(CONCURRENCY, speakers.length) }, worker)).then(
      () => store.update(on('timeline', receiveStatements(key, results.flat()))),
      (error: unknown) => store.update(on('timeline', failStatements(key, errorMessage(error)))),
    );
  };
  load(speakersOfView(store.get().graph));
  const unbind = store.subscribe((state, previous) => {
    if (state.graph.edges !== previous.graph.edges) load(speakersOfView(state.graph));
  });
  const reload = (): void => {
    cache.clear();
    lastKey = '';
    load(speakersOfView(store.get().graph));
  };
  return { unbind, reload };
}

