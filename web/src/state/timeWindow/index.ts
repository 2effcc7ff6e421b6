import type { Transition } from '../store';
import type { TimeWindowState } from './types';

export type * from './types';

/** No window: all dates. */
export const openWindow: TimeWindowState = { since: null, until: null };

/** Sets the window; `YYYY-MM-DD` ends or null for open, a reversed window is swapped. */
export function setWindow(since: string | null, until: string | null): Transition<TimeWindowState> {
  return (state) => {
    const [a, b] = since && until && since > until ? [until, since] : [since, until];
    return a === state.since && b === state.until ? state : { since: a, until: b };
  };
}
