import { request } from '../api/client';
import { ToneMapDocument, type ToneMapQuery } from '../api/generated';
import { formatTone, toneWord } from '../graph/kinds';
import type { AppState, AppStore } from '../state/appState';
import { on } from '../state/store';
import { openRelation } from '../state/timeline/index';
import { prefetchRelation } from '../timeline/relationPrefetch';
import { toneColor } from '../timeline/toneScale';
import { h, replaceChildren } from '../ui/dom';
import { formatDate } from '../ui/format';
import { emptyLine, loadInto } from '../ui/resource';

/** Countries in the matrix. */
const SIZE = 10;
/** How long the window must rest before the matrix reloads (Play moves it many times a second). */
const SETTLE_MS = 300;
/** How long the pointer rests on a cell before its relation is prefetched. */
const DWELL_MS = 60;
let dwell = 0;

function matrix(store: AppStore, data: ToneMapQuery): Node {
  const { countries, cells } = data.toneMap;
  if (countries.length < 2 || cells.length === 0) return emptyLine('No statements between countries in this window.');
  const byPair = new Map(cells.map((c) => [`${c.speaker}|${c.subject}`, c] as const));
  const maxCount = Math.max(1, ...cells.map((c) => c.count));
  const head = h('tr', {}, h('th', { scope: 'col', class: 'corner' }, 'speaks ↓ · about →'), ...countries.map((c) => h('th', { scope: 'col', class: 'col-head', title: c.name }, h('span', {}, c.name))));
  const rows = countries.map((row) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row', class: 'row-head' }, row.name),
      ...countries.map((col) => {
        if (row.id === col.id) return h('td', { class: 'self' });
        const cell = byPair.get(`${row.id}|${col.id}`);
        if (!cell) return h('td', { class: 'empty-cell' });
        const swatch = h('span', { class: 'cell-swatch', 'aria-hidden': 'true' });
        const side = Math.round(10 + 24 * Math.sqrt(cell.count / maxCount));
        swatch.style.width = `${side}px`;
        swatch.style.height = `${side}px`;
        swatch.style.background = toneColor(cell.averageTone);
        const prefetch = (): void => prefetchRelation(row.id, col.id, store.get().timeline.relation?.interval ?? 'MONTH');
        const label = `${row.name} about ${col.name}: ${cell.count} statements, average tone ${formatTone(cell.averageTone)} (${toneWord(cell.averageTone)})`;
        return h(
          'td',
          {},
          h(
            'button',
            {
              type: 'button', class: 'tone-cell', 'data-speaker': row.id, 'data-subject': col.id, 'data-count': cell.count, 'aria-label': label, title: label,
              onclick: () => store.update(on('timeline', openRelation(row.id, col.id, [row.name, col.name]))),
              // The pointer resting on a cell (or the keyboard reaching it) starts loading its relation before the click;
              // a pointer sweeping across the matrix starts nothing.
              onpointerenter: () => {
                window.clearTimeout(dwell);
                dwell = window.setTimeout(prefetch, DWELL_MS);
              },
              onpointerleave: () => window.clearTimeout(dwell),
              onfocus: prefetch,
            },
            swatch,
            h('span', { class: 'cell-count' }, String(cell.count)),
          ),
        );
      }),
    ),
  );
  return h('table', { class: 'tone-map' }, h('caption', { class: 'visually-hidden' }, 'Tone map: rows speak about columns'), h('thead', {}, head), h('tbody', {}, ...rows));
}

/**
 * The tone map: for the current window, the most active countries as a matrix (rows speak, columns are spoken about), each
 * cell coloured by average tone and sized and labelled by count; a click opens the relation view of that pair. It loads
 * when its tab is shown and reloads once the window rests.
 */
export function mountToneMapPanel(root: HTMLElement, store: AppStore): () => void {
  const title = h('h3', { class: 'tone-map-title' });
  const body = h('div', { class: 'tone-map-body' });
  replaceChildren(root, title, body);
  let loadedFor = '';
  let timer = 0;
  const load = (state: AppState): void => {
    const { since, until } = state.timeWindow;
    const key = `${since ?? ''}|${until ?? ''}`;
    if (key === loadedFor) return;
    loadedFor = key;
    title.textContent = `Who speaks about whom, ${since || until ? `${since ? formatDate(since) : '…'} – ${until ? formatDate(until) : '…'}` : 'all dates'}`;
    loadInto(body, 'the tone map', (signal) => request(ToneMapDocument, { since, until, first: SIZE }, signal), (data) => matrix(store, data));
  };
  const maybeLoad = (state: AppState, immediate: boolean): void => {
    if (state.timeline.dock !== 'toneMap') return;
    window.clearTimeout(timer);
    if (immediate) load(state);
    else timer = window.setTimeout(() => load(store.get()), SETTLE_MS);
  };
  maybeLoad(store.get(), true);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.timeline.dock !== previous.timeline.dock) maybeLoad(state, true);
    else if (state.timeWindow !== previous.timeWindow) maybeLoad(state, false);
  });
  return () => {
    window.clearTimeout(timer);
    unsubscribe();
  };
}
