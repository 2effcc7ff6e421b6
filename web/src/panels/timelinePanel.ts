import { openArticle } from '../actions/focusActions';
import { formatTone, toneWord } from '../graph/kinds';
import type { AppState, AppStore } from '../state/appState';
import { selectElements } from '../state/appTransitions';
import { on } from '../state/store';
import { selectStatement, setPlaying, tunePlay } from '../state/timeline/index';
import { setWindow } from '../state/timeWindow/index';
import { CATEGORY_SHAPES, shapePath } from '../timeline/categoryShapes';
import { setMarkProbe } from '../timeline/markProbe';
import { createTimelineChart } from '../timeline/timelineChart';
import { hasWeakDate, type ViewStatement } from '../timeline/viewStatements';
import { viewIndexOf } from '../timeline/windowFadeController';
import { formatDate, plural } from '../ui/format';
import { h, replaceChildren } from '../ui/dom';

const SPEEDS = [3, 7, 14, 30, 90, 365];
const WIDTHS = [7, 14, 30, 90, 180, 365];

function shapeIcon(code: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('viewBox', '-7 -7 14 14');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', shapePath(code, 50));
  path.setAttribute('class', 'legend-shape');
  svg.appendChild(path);
  return svg;
}

function select(label: string, values: readonly number[], unit: string, current: number, onchange: (v: number) => void): HTMLElement {
  const el = h('select', { 'aria-label': label, onchange: (e: Event) => onchange(Number((e.target as HTMLSelectElement).value)) }, ...values.map((v) => h('option', { value: v, selected: v === current }, `${v} ${unit}`)));
  return h('label', { class: 'play-setting' }, `${label} `, el);
}

/** Clicking a mark: select the statement, its speaker and its subjects in the graph, and open its sentence in the article view. */
function pickStatement(store: AppStore, item: ViewStatement): void {
  const { statement } = item;
  const nodes = store.get().graph.nodes;
  const ids = [statement.speaker.id, ...statement.about.map((x) => x.id)].filter((id, i, all) => nodes[id] && all.indexOf(id) === i);
  store.update(on('timeline', selectStatement(statement.id)));
  store.update(selectElements(ids, item.edgeIds));
  openArticle(store, statement.article.id, { start: statement.span.start, end: statement.span.end });
}

function preview(item: ViewStatement): Node[] {
  const s = item.statement;
  const weak = hasWeakDate(s);
  const when = weak ? (s.dateSource === 'PUBLICATION' ? `${formatDate(s.saidAt)} (article date; the sentence gives none)` : `${formatDate(s.saidAt)} (known to the ${s.datePrecision?.toLowerCase()})`) : formatDate(s.saidAt);
  return [
    h('p', { class: 'tip-quote' }, s.quote ? `“${s.quote}”` : s.text),
    h('p', { class: 'tip-meta' }, `${s.speaker.name} on ${s.about.map((x) => x.name).join(', ') || '—'}`),
    h('p', { class: 'tip-meta' }, `${when} · ${s.category?.label ?? 'statement'} · tone ${s.tone === null ? '—' : `${formatTone(s.tone)} (${toneWord(s.tone)})`}`),
  ];
}

/**
 * The statements timeline under the graph: Play, speed and width, the window and how to clear it, the chart (marks of the
 * view's statements, brush, zoom) with a hover preview, and a legend of shapes and weak dates. Returns the unmount.
 */
export function mountTimelinePanel(root: HTMLElement, store: AppStore): () => void {
  const play = h('button', { type: 'button', class: 'tool play-button', 'aria-keyshortcuts': 'Space', title: 'Play the window forward (Space)' }, '▶ Play');
  const status = h('span', { class: 'timeline-status', 'aria-live': 'polite' });
  const windowLabel = h('span', { class: 'window-label' });
  const clear = h('button', { type: 'button', class: 'tool clear-window', title: 'Show every date again' }, 'All dates');
  const chartBox = h('div', { class: 'timeline-chart-box' });
  const tip = h('div', { class: 'timeline-tip', role: 'tooltip', hidden: true });
  // The marks are a canvas: what the arrow keys reach is read out here.
  const announce = h('p', { class: 'visually-hidden timeline-announce', 'aria-live': 'polite' });
  const { play: playState } = store.get().timeline;
  const legend = h(
    'div',
    // One line on a small screen: what reads the marks at all (hollow, tone) comes first, the shapes after it.
    { class: 'timeline-legend', 'aria-label': 'Timeline legend' },
    h('span', { class: 'legend-item weak-sample' }, h('span', { class: 'weak-dot', 'aria-hidden': 'true' }), ' hollow: date uncertain'),
    h('span', { class: 'legend-item' }, 'height and colour: tone'),
    ...CATEGORY_SHAPES.map((shape) => h('span', { class: 'legend-item', title: shape.name }, shapeIcon(shape.codes[0]!), ` ${shape.name}`)),
  );
  replaceChildren(
    root,
    h(
      'div',
      { class: 'timeline-controls' },
      play,
      select('Speed', SPEEDS, 'days/s', playState.daysPerSecond, (v) => store.update(on('timeline', tunePlay({ daysPerSecond: v })))),
      select('Window', WIDTHS, 'days', playState.widthDays, (v) => store.update(on('timeline', tunePlay({ widthDays: v })))),
      windowLabel,
      clear,
      status,
    ),
    chartBox,
    legend,
    tip,
    announce,
  );
  play.addEventListener('click', () => store.update(on('timeline', setPlaying(!store.get().timeline.play.playing))));
  clear.addEventListener('click', () => {
    store.update(on('timeline', setPlaying(false)));
    store.update(on('timeWindow', setWindow(null, null)));
  });

  const chart = createTimelineChart(chartBox, {
    onHover(item, at, source) {
      if (!item) {
        tip.hidden = true;
        return;
      }
      replaceChildren(tip, ...preview(item));
      if (source === 'keyboard') announce.textContent = tip.textContent;
      const box = root.getBoundingClientRect();
      tip.hidden = false;
      tip.style.left = `${Math.min(box.width - 320, Math.max(0, at.x - box.left + 12))}px`;
      tip.style.bottom = `${Math.max(0, box.bottom - at.y + 12)}px`;
    },
    onPick: (item) => pickStatement(store, item),
    onBrush(window) {
      store.update(on('timeline', setPlaying(false)));
      store.update(on('timeWindow', setWindow(window?.since ?? null, window?.until ?? null)));
    },
  });

  setMarkProbe((day) => chart.markAt(day));
  // The status line's counts change with the data only, not with the window (Play renders this many times a second).
  let counted: { items: readonly ViewStatement[]; weak: number } = { items: [], weak: 0 };
  const weakCount = (items: readonly ViewStatement[]): number => {
    if (counted.items !== items) counted = { items, weak: items.filter((i) => hasWeakDate(i.statement)).length };
    return counted.weak;
  };

  // Play renders many times a second: text that did not change is not written again (each write costs a layout).
  const setText = (el: HTMLElement, text: string): void => {
    if (el.textContent !== text) el.textContent = text;
  };

  const render = (state: AppState, previous: AppState | null): void => {
    const { items } = viewIndexOf(state);
    if (!previous || viewIndexOf(previous).items !== items || previous.timeline.selected !== state.timeline.selected) chart.update(items, state.timeline.selected);
    chart.showWindow(state.timeWindow.since, state.timeWindow.until);
    const playing = state.timeline.play.playing;
    setText(play, playing ? '❚❚ Pause' : '▶ Play');
    play.setAttribute('aria-pressed', String(playing));
    const { since, until } = state.timeWindow;
    setText(windowLabel, since || until ? `Window: ${since ? formatDate(since) : '…'} – ${until ? formatDate(until) : '…'}` : 'All dates (drag on the chart to choose a window)');
    clear.hidden = !since && !until;
    const data = state.timeline.data;
    const weak = weakCount(items);
    setText(
      status,
      data.phase === 'failed' ? `Statements could not be loaded: ${data.message ?? ''}` : data.phase === 'loading' ? 'Loading statements…' : `${plural(items.length, 'statement')}${weak ? ` · ${weak} with an uncertain date` : ''}`,
    );
    status.title = status.textContent ?? '';
    status.classList.toggle('error', data.phase === 'failed');
    root.dataset.marks = String(items.length);
    root.dataset.phase = data.phase;
  };
  render(store.get(), null);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.timeline !== previous.timeline || state.timeWindow !== previous.timeWindow || state.graph !== previous.graph) render(state, previous);
  });

  // Space plays and pauses, except where Space types or presses something.
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== ' ' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A'].includes(target.tagName))) return;
    event.preventDefault();
    store.update(on('timeline', setPlaying(!store.get().timeline.play.playing)));
  };
  document.addEventListener('keydown', onKey);
  return () => {
    document.removeEventListener('keydown', onKey);
    unsubscribe();
    setMarkProbe(null);
    chart.destroy();
  };
}
