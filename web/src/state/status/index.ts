import type { Transition } from '../store';
import type { GraphRequestState } from './types';

export type * from './types';

/** No request running. */
export const idleRequest: GraphRequestState = { phase: 'idle' };

/** A graph request started. */
export function startRequest(what: string): Transition<GraphRequestState> {
  return () => ({ phase: 'loading', what });
}

/** The graph request finished. */
export function finishRequest(): Transition<GraphRequestState> {
  return (state) => (state.phase === 'idle' ? state : idleRequest);
}

/** The graph request failed; `retry` sends it again. */
export function failRequest(what: string, message: string, retry: () => void): Transition<GraphRequestState> {
  return () => ({ phase: 'error', what, message, retry });
}
