import type { Interval } from '../../api/generated';
import type { Transition } from '../store';
import type { DockTab, PlayState, RelationPair, TimelineData, TimelineState, TimelineStatement } from './types';

export type * from './types';

/** Nothing loaded, nothing playing, the timeline tab. */
export const initialTimeline: TimelineState = {
  data: { phase: 'idle', key: '', statements: [], message: null },
  selected: null,
  play: { playing: false, daysPerSecond: 14, widthDays: 30 },
  relation: null,
  dock: 'timeline',
  fresh: [],
  ingests: 0,
};

/** Starts loading the statements for a view key (the last statements stay until the new ones arrive). */
export function startLoading(key: string): Transition<TimelineState> {
  return (state) => (state.data.phase === 'loading' && state.data.key === key ? state : { ...state, data: { ...state.data, phase: 'loading', key, message: null } });
}

/** Stores the loaded statements; ignored when the view moved on to another key meanwhile. */
export function receiveStatements(key: string, statements: readonly TimelineStatement[]): Transition<TimelineState> {
  return (state) => (state.data.phase === 'loading' && state.data.key === key ? { ...state, data: { phase: 'ready', key, statements, message: null } } : state);
}

/** Records a failed load (ignored when stale). */
export function failStatements(key: string, message: string): Transition<TimelineState> {
  return (state) => (state.data.phase === 'loading' && state.data.key === key ? { ...state, data: { ...state.data, phase: 'failed', message } } : state);
}

/** Clears the statements (an empty graph). */
export function clearStatements(): Transition<TimelineState> {
  const idle: TimelineData = { phase: 'idle', key: '', statements: [], message: null };
  return (state) => (state.data.phase === 'idle' ? state : { ...state, data: idle, selected: null });
}

/** Selects one statement of the timeline (null clears). */
export function selectStatement(id: string | null): Transition<TimelineState> {
  return (state) => (state.selected === id ? state : { ...state, selected: id });
}

/** Starts or stops Play. */
export function setPlaying(playing: boolean): Transition<TimelineState> {
  return (state) => (state.play.playing === playing ? state : { ...state, play: { ...state.play, playing } });
}

/** Changes Play's speed or window width (clamped to sensible ranges: 1–365 days/s, 1–3650 days). */
export function tunePlay(change: Partial<Omit<PlayState, 'playing'>>): Transition<TimelineState> {
  return (state) => {
    const daysPerSecond = Math.min(365, Math.max(1, change.daysPerSecond ?? state.play.daysPerSecond));
    const widthDays = Math.min(3650, Math.max(1, Math.round(change.widthDays ?? state.play.widthDays)));
    if (daysPerSecond === state.play.daysPerSecond && widthDays === state.play.widthDays) return state;
    return { ...state, play: { ...state.play, daysPerSecond, widthDays } };
  };
}

/** Opens the relation view for A and B (the dock switches to it); a different pair clears the clicked point. */
export function openRelation(a: string, b: string, names: readonly [string, string], interval?: Interval): Transition<TimelineState> {
  return (state) => {
    const wanted = interval ?? state.relation?.interval ?? 'MONTH';
    const same = state.relation?.a === a && state.relation.b === b && state.relation.interval === wanted;
    return { ...state, dock: 'relation', relation: same && state.relation ? state.relation : { a, b, names, interval: wanted, point: null } };
  };
}

/** Changes the period width of the relation view (the clicked point no longer exists). */
export function setRelationInterval(interval: Interval): Transition<TimelineState> {
  return (state) => (!state.relation || state.relation.interval === interval ? state : { ...state, relation: { ...state.relation, interval, point: null } });
}

/** Picks a point of the relation chart (null clears). */
export function pickRelationPoint(point: RelationPair['point']): Transition<TimelineState> {
  return (state) => (!state.relation ? state : { ...state, relation: { ...state.relation, point } });
}

/** Shows a tab of the dock. */
export function showDock(dock: DockTab): Transition<TimelineState> {
  return (state) => (state.dock === dock ? state : { ...state, dock });
}

/** Marks the entities a browser ingest created (they are highlighted until the next ingest). */
export function markFresh(ids: readonly string[]): Transition<TimelineState> {
  return (state) => ({ ...state, fresh: [...ids] });
}

/** Counts a completed browser ingest (the database changed under the page). */
export function countIngest(): Transition<TimelineState> {
  return (state) => ({ ...state, ingests: state.ingests + 1 });
}

/** Moves a window of `widthDays` forward by `days`, wrapping to `first` once it passes `last`; returns [since, until]. */
export function advanceWindow(since: string | null, widthDays: number, days: number, first: string, last: string): [string, string] {
  const start = since ?? first;
  let from = addDays(start, days);
  if (from > last) from = first;
  return [from, addDays(from, Math.max(0, widthDays - 1))];
}

/** Adds days to a `YYYY-MM-DD` date (UTC), fractional days rounded down. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + Math.floor(days) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
