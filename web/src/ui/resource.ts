import { errorMessage, isAbort } from '../api/client';
import { h, replaceChildren } from './dom';

/**
 * Loads data into a panel region with the three states every view needs: a loading line, the API's error message with a
 * Retry button, or the rendered content. A newer load into the same region aborts the older one.
 */
export function loadInto<T>(region: HTMLElement, what: string, fetch: (signal: AbortSignal) => Promise<T>, render: (data: T) => Node): void {
  const previous = controllers.get(region);
  previous?.abort();
  const controller = new AbortController();
  controllers.set(region, controller);
  region.setAttribute('aria-busy', 'true');
  replaceChildren(region, h('p', { class: 'state state-loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), `Loading ${what}…`));
  fetch(controller.signal).then(
    (data) => {
      if (controller.signal.aborted) return;
      region.removeAttribute('aria-busy');
      replaceChildren(region, render(data));
    },
    (error: unknown) => {
      if (isAbort(error) || controller.signal.aborted) return;
      region.removeAttribute('aria-busy');
      replaceChildren(region, errorBox(`Could not load ${what}.`, errorMessage(error), () => loadInto(region, what, fetch, render)));
    },
  );
}

const controllers = new WeakMap<HTMLElement, AbortController>();

/** An error message with the API's words and a Retry button. */
export function errorBox(title: string, message: string, retry: () => void): HTMLElement {
  return h(
    'div',
    { class: 'state state-error', role: 'alert' },
    h('p', { class: 'state-title' }, '⚠ ', title),
    h('p', { class: 'state-message' }, message),
    h('button', { type: 'button', class: 'button', onclick: retry }, 'Retry'),
  );
}

/** A short "nothing here" line. */
export function emptyLine(text: string): HTMLElement {
  return h('p', { class: 'state state-empty' }, text);
}
