import { computeLayout } from './computeLayout';
import type { LayoutJob, LayoutPositions } from './layoutJob';
import type { LayoutRequestMessage, LayoutResultMessage } from './layoutWorker';

/** Computes layout jobs: in a Web Worker when the page can start one, otherwise on the page's thread. */
export interface LayoutRunner {
  compute(job: LayoutJob): Promise<LayoutPositions>;
  destroy(): void;
}

type Pending = { job: LayoutJob; resolve: (positions: LayoutPositions) => void; reject: (error: Error) => void };

function createLayoutRunner(): LayoutRunner {
  let worker: Worker | null = null;
  const pending = new Map<number, Pending>();
  let next = 1;
  const inThread = (job: LayoutJob): Promise<LayoutPositions> => {
    try {
      return Promise.resolve(computeLayout(job));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  try {
    if (typeof Worker !== 'undefined') worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module', name: 'layout' });
  } catch {
    worker = null;
  }
  if (worker) {
    worker.onmessage = (event: MessageEvent<LayoutResultMessage>) => {
      const message = event.data;
      const entry = pending.get(message.id);
      if (!entry) return;
      pending.delete(message.id);
      if ('positions' in message) entry.resolve(message.positions);
      else entry.reject(new Error(message.error));
    };
    // A worker that cannot start (or dies) hands its jobs back to the page.
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = null;
      for (const entry of pending.values()) inThread(entry.job).then(entry.resolve, entry.reject);
      pending.clear();
    };
  }
  return {
    compute(job) {
      if (!worker) return inThread(job);
      const id = next++;
      const message: LayoutRequestMessage = { id, job };
      return new Promise((resolve, reject) => {
        pending.set(id, { job, resolve, reject });
        worker?.postMessage(message);
      });
    },
    destroy() {
      worker?.terminate();
      worker = null;
      for (const entry of pending.values()) entry.reject(new Error('layout: the view was destroyed'));
      pending.clear();
    },
  };
}

let shared: LayoutRunner | null = null;

/** The page's one runner: its worker starts (and warms up) once and serves every view the page mounts. */
export function layoutRunner(): LayoutRunner {
  shared ??= createLayoutRunner();
  return shared;
}
