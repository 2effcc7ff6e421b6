/** A pure state change: takes the old state and returns the new one (the same object when nothing changed). */
export type Transition<S> = (state: S) => S;

/** The one store of the explorer (CONVENTIONS §9): state changes only through transitions; views subscribe. */
export interface Store<S> {
  get(): S;
  update(transition: Transition<S>): void;
  /** Calls `listener` after every change with the new and the previous state; returns the unsubscribe function. */
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

/** Creates a store holding `initial`; listeners run synchronously, in subscription order, after each real change. */
export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(state: S, previous: S) => void>();
  return {
    get: () => state,
    update(transition) {
      const previous = state;
      const next = transition(state);
      if (next === previous) return;
      state = next;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Lifts a transition of one concern (`state[key]`) to a transition of the whole state, keeping identity when it is a no-op. */
export function on<S, K extends keyof S>(key: K, transition: Transition<S[K]>): Transition<S> {
  return (state) => {
    const next = transition(state[key]);
    return next === state[key] ? state : { ...state, [key]: next };
  };
}
