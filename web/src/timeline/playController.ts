import type { AppStore } from '../state/appState';
import { on } from '../state/store';
import { advanceWindow, setPlaying } from '../state/timeline/index';
import { setWindow } from '../state/timeWindow/index';
import { viewIndexOf } from './windowFadeController';

/**
 * Animates the window while Play is on: each animation frame moves it forward by speed × elapsed time, in whole days,
 * wrapping to the first statement after the last. Stops by itself when the view has no dated statements. Returns the unsubscribe.
 */
export function bindPlayController(store: AppStore): () => void {
  let frame = 0;
  let last = 0;
  let carry = 0;
  const tick = (now: number): void => {
    const state = store.get();
    if (!state.timeline.play.playing) return;
    const items = viewIndexOf(state).items;
    const first = items[0]?.statement.saidAt;
    const lastDay = items[items.length - 1]?.statement.saidAt;
    if (!first || !lastDay) {
      store.update(on('timeline', setPlaying(false)));
      return;
    }
    carry += ((now - last) / 1000) * state.timeline.play.daysPerSecond;
    last = now;
    const days = Math.floor(carry);
    if (days >= 1 || !state.timeWindow.since) {
      carry -= days;
      const { widthDays } = state.timeline.play;
      const [since, until] = state.timeWindow.since ? advanceWindow(state.timeWindow.since, widthDays, days, first, lastDay) : advanceWindow(null, widthDays, 0, first, lastDay);
      store.update(on('timeWindow', setWindow(since, until)));
    }
    frame = requestAnimationFrame(tick);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.timeline.play.playing === previous.timeline.play.playing) return;
    cancelAnimationFrame(frame);
    if (state.timeline.play.playing) {
      last = performance.now();
      carry = 0;
      frame = requestAnimationFrame(tick);
    }
  });
  return () => {
    cancelAnimationFrame(frame);
    unsubscribe();
  };
}
