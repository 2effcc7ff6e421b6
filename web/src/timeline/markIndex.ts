/**
 * Hit-testing for marks drawn on a canvas. The view's statements are sorted by date, so their x position grows with their
 * index whatever the zoom: a binary search finds the marks within a few pixels of the pointer along x, and only those are
 * measured. Nothing is rebuilt when the chart zooms or pans.
 */
export interface MarkIndex {
  /** Milliseconds since the epoch of each mark, ascending (the order of the items). */
  readonly times: Float64Array;
  /** Tone of each mark (y before scaling). */
  readonly tones: Float64Array;
}

/** Builds the index from marks already sorted by time. */
export function buildMarkIndex(marks: readonly { time: number; tone: number }[]): MarkIndex {
  const times = new Float64Array(marks.length);
  const tones = new Float64Array(marks.length);
  marks.forEach((m, i) => {
    times[i] = m.time;
    tones[i] = m.tone;
  });
  return { times, tones };
}

/** The first index whose time is ≥ `time` (the number of marks when none is). */
export function lowerBound(times: Float64Array, time: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of the mark nearest to (px, py) within `radius` pixels, or −1. `x` maps a time to pixels (increasing), `invertX`
 * maps pixels back to a time, `y` maps a tone to pixels.
 */
export function nearestMark(index: MarkIndex, px: number, py: number, radius: number, x: (time: number) => number, invertX: (px: number) => number, y: (tone: number) => number): number {
  const { times, tones } = index;
  let best = -1;
  let bestDistance = radius * radius;
  const until = invertX(px + radius);
  for (let i = lowerBound(times, invertX(px - radius)); i < times.length && times[i]! <= until; i++) {
    const dx = x(times[i]!) - px;
    const dy = y(tones[i]!) - py;
    const distance = dx * dx + dy * dy;
    if (distance <= bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}
