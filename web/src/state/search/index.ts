import type { Transition } from '../store';
import type { SearchHit, SearchState } from './types';

export type * from './types';

/** The closed, empty search box. */
export const idleSearch: SearchState = { phase: 'idle', query: '' };

/** The user typed: a query of at least one non-blank character starts loading (keeping the old hits on screen). */
export function typeQuery(query: string): Transition<SearchState> {
  return (state) => {
    if (query.trim() === '') return { phase: 'idle', query };
    const hits = state.phase === 'loading' || state.phase === 'ready' ? state.hits : [];
    return { phase: 'loading', query, hits, active: 0 };
  };
}

/** Results arrived for `query`; stale answers (for an older query) are ignored. */
export function receiveHits(query: string, hits: readonly SearchHit[]): Transition<SearchState> {
  return (state) => (state.query !== query || state.phase === 'idle' ? state : { phase: 'ready', query, hits, active: 0 });
}

/** The request for `query` failed. */
export function failSearch(query: string, message: string): Transition<SearchState> {
  return (state) => (state.query !== query ? state : { phase: 'error', query, message });
}

/** Moves the highlighted suggestion by `delta`, wrapping around. */
export function moveActive(delta: number): Transition<SearchState> {
  return (state) => {
    if (state.phase !== 'ready' || state.hits.length === 0) return state;
    const n = state.hits.length;
    return { ...state, active: (((state.active + delta) % n) + n) % n };
  };
}

/** Closes the suggestions (Esc, or a pick), keeping the text. */
export function closeSearch(): Transition<SearchState> {
  return (state) => (state.phase === 'idle' ? state : { phase: 'idle', query: state.query });
}
