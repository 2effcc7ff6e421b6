/**
 * Where the timeline draws a mark, for the page's read-only test hook: the marks are painted on a canvas and have no DOM
 * of their own, so the e2e tests and the benchmark ask the mounted chart (null when no chart is mounted or no mark is drawn).
 */
let probe: ((day: string) => { x: number; y: number } | null) | null = null;

/** The mounted chart registers its lookup (null on unmount). */
export function setMarkProbe(next: typeof probe): void {
  probe = next;
}

/** The page position of the first mark said on `day`, as drawn now. */
export function markPosition(day: string): { x: number; y: number } | null {
  return probe ? probe(day) : null;
}
