import { errorMessage, isAbort, request } from '../api/client';
import { SearchDocument } from '../api/generated';
import type { AppStore } from '../state/appState';
import { failSearch, receiveHits, typeQuery } from '../state/search/index';
import { on } from '../state/store';

/** Wait after the last keystroke before asking the API. */
export const SEARCH_DEBOUNCE_MS = 150;

let timer: ReturnType<typeof setTimeout> | null = null;
let inFlight: AbortController | null = null;

/** Records what was typed and, after the debounce, fetches suggestions; older requests are aborted. */
export function searchAsYouType(store: AppStore, query: string): void {
  store.update(on('search', typeQuery(query)));
  if (timer) clearTimeout(timer);
  inFlight?.abort();
  if (query.trim() === '') return;
  timer = setTimeout(() => void fetchHits(store, query), SEARCH_DEBOUNCE_MS);
}

async function fetchHits(store: AppStore, query: string): Promise<void> {
  const controller = new AbortController();
  inFlight = controller;
  try {
    const data = await request(SearchDocument, { query: query.trim().slice(0, 200), first: 10 }, controller.signal);
    store.update(on('search', receiveHits(query, data.search)));
  } catch (error) {
    if (!isAbort(error)) store.update(on('search', failSearch(query, errorMessage(error))));
  }
}

/** Sends the current query again (the Retry of a failed search). */
export function retrySearch(store: AppStore): void {
  void fetchHits(store, store.get().search.query);
}
