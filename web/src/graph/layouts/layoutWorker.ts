// The layout worker: runs fcose jobs off the page's thread, so the page adds, styles and draws the elements meanwhile.
import { computeLayout } from './computeLayout';
import type { LayoutJob, LayoutPositions } from './layoutJob';

export type LayoutRequestMessage = { id: number; job: LayoutJob };
export type LayoutResultMessage = { id: number; positions: LayoutPositions } | { id: number; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequestMessage>) => void) | null;
  postMessage(message: LayoutResultMessage): void;
};

/** A small star laid out once at start, so the first real job runs compiled code rather than the interpreter. */
function warmUp(): void {
  const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `w${i}`, w: 30, h: 40, x: 100 * Math.cos(i), y: 100 * Math.sin(i) }));
  const edges = nodes.slice(1).map((n, i) => ({ source: 'w0', target: i % 3 === 0 ? `w${i}` : n.id }));
  computeLayout({ nodes, edges, fixed: ['w0'], mode: 'refine' });
  computeLayout({ nodes, edges, fixed: [], mode: 'full' });
}

scope.onmessage = (event) => {
  const { id, job } = event.data;
  try {
    scope.postMessage({ id, positions: computeLayout(job) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};

warmUp();
