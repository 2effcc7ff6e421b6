import type { Interval, TimelineStatementPartsFragment } from '../../api/generated';

/** A statement as the timeline draws it (the API's fields as fetched). */
export type TimelineStatement = TimelineStatementPartsFragment;

/**
 * The statements of the current view, loaded per set of speakers (`key`). While a new set loads, the last statements stay
 * (the timeline does not blink on every expand); `message` says why the last load failed.
 */
export interface TimelineData {
  phase: 'idle' | 'loading' | 'ready' | 'failed';
  key: string;
  statements: readonly TimelineStatement[];
  message: string | null;
}

/** The Play animation of the window: days advanced per second and the window's width in days. */
export interface PlayState {
  playing: boolean;
  daysPerSecond: number;
  widthDays: number;
}

/** The pair the relation view shows: A and B, the period width, and the period whose statements are listed. */
export interface RelationPair {
  a: string;
  b: string;
  /** Display names of A and B. */
  names: readonly [string, string];
  interval: Interval;
  /** The clicked point: its direction and its period's first day. */
  point: { direction: 'ab' | 'ba'; period: string } | null;
}

/** The tab of the dock under the graph. */
export type DockTab = 'timeline' | 'relation' | 'toneMap' | 'ingest';

/** The timeline concern: loaded statements, the selected statement, Play, the relation pair, the dock tab, ingest highlights. */
export interface TimelineState {
  data: TimelineData;
  /** The statement the user clicked on the timeline. */
  selected: string | null;
  play: PlayState;
  relation: RelationPair | null;
  dock: DockTab;
  /** Entities the last browser ingest created, highlighted in the graph. */
  fresh: readonly string[];
  /** Browser ingests completed on this page: what shows the database's counts reloads when it changes. */
  ingests: number;
}
