import { openArticle } from '../actions/focusActions';
import { request } from '../api/client';
import { RelationPeriodDocument, type Interval, type RelationTimelineQuery } from '../api/generated';
import { formatTone, toneWord } from '../graph/kinds';
import type { AppState, AppStore } from '../state/appState';
import { on } from '../state/store';
import { openRelation, pickRelationPoint, setRelationInterval, type RelationPair } from '../state/timeline/index';
import { categoryBreakdown, periodEnd, periodLabel } from '../timeline/periods';
import { drawRelationChart, RELATION_COLORS } from '../timeline/relationChart';
import { loadRelation } from '../timeline/relationPrefetch';
import { h, replaceChildren } from '../ui/dom';
import { formatDate, isSafeHttpUrl, plural } from '../ui/format';
import { emptyLine, loadInto } from '../ui/resource';

const INTERVALS: readonly { value: Interval; label: string }[] = [
  { value: 'WEEK', label: 'Week' },
  { value: 'MONTH', label: 'Month' },
  { value: 'YEAR', label: 'Year' },
];

function legendItem(direction: 'ab' | 'ba', from: string, to: string): HTMLElement {
  return h('span', { class: `relation-key key-${direction}` }, h('span', { class: `key-swatch swatch-${direction}`, 'aria-hidden': 'true' }), ` ${from} → ${to}`);
}

function breakdown(title: string, rows: readonly { label: string; count: number }[]): HTMLElement {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return h(
    'div',
    { class: 'breakdown' },
    h('h4', {}, title),
    rows.length === 0
      ? emptyLine('No statements in the window.')
      : h('ul', {}, ...rows.map((r) => {
          const bar = h('span', { class: 'bar', 'aria-hidden': 'true' });
          bar.style.width = `${Math.round((r.count / max) * 100)}%`;
          return h('li', {}, h('span', { class: 'breakdown-label' }, r.label), h('span', { class: 'bar-track' }, bar), h('span', { class: 'breakdown-count' }, String(r.count)));
        })),
  );
}

/** The statements of one clicked period, each with its quote, speaker, date, tone and a link to its article. */
function periodList(store: AppStore, region: HTMLElement, pair: RelationPair, point: NonNullable<RelationPair['point']>): void {
  const [a, b] = point.direction === 'ab' ? [pair.a, pair.b] : [pair.b, pair.a];
  const [from, to] = point.direction === 'ab' ? pair.names : [pair.names[1], pair.names[0]];
  loadInto(
    region,
    'the statements of the period',
    (signal) => request(RelationPeriodDocument, { a, b, interval: pair.interval, since: point.period, until: periodEnd(point.period, pair.interval), first: 50 }, signal),
    (data) => {
      const statements = data.relationTimeline.flatMap((bucket) => bucket.statements);
      return h(
        'div',
        { class: 'period-statements', 'data-direction': point.direction, 'data-period': point.period },
        h('h4', {}, `${from} about ${to}, ${periodLabel(point.period, pair.interval)}: ${plural(statements.length, 'statement')}`),
        statements.length === 0
          ? emptyLine('No statements in this period.')
          : h('ol', { class: 'statement-list' }, ...statements.map((s) =>
              h(
                'li',
                { class: 'period-statement', 'data-statement-id': s.id },
                h('p', { class: 'quote' }, s.quote ? `“${s.quote}”` : s.text),
                h(
                  'p',
                  { class: 'meta' },
                  `${s.speaker.name} · ${formatDate(s.saidAt)}${s.dateSource === 'PUBLICATION' ? ' (article date)' : ''} · ${s.category?.label ?? 'statement'} · tone ${s.tone === null ? '—' : `${formatTone(s.tone)} ${toneWord(s.tone)}`} · `,
                  h('button', { type: 'button', class: 'link-button', onclick: () => openArticle(store, s.article.id, { start: s.span.start, end: s.span.end }) }, s.article.title),
                  isSafeHttpUrl(s.article.url) ? h('a', { href: s.article.url, target: '_blank', rel: 'noopener noreferrer', class: 'source-link' }, ' source ↗') : null,
                ),
              ),
            )),
      );
    },
  );
}

/**
 * The relation view: for the pair in the store, A → B and B → A on one chart (average tone and count per week, month or
 * year), the category breakdown of each direction in the window, and the statements of a clicked point. With no pair it
 * offers the two selected nodes.
 */
export function mountRelationPanel(root: HTMLElement, store: AppStore): () => void {
  const head = h('div', { class: 'relation-head' });
  const chartBox = h('div', { class: 'relation-chart-box' });
  const side = h('div', { class: 'relation-side' });
  const list = h('div', { class: 'relation-period' });
  replaceChildren(root, head, h('div', { class: 'relation-body' }, h('div', { class: 'relation-main' }, chartBox, side), list));
  let data: RelationTimelineQuery | null = null;
  let loadedFor = '';
  let controller: AbortController | null = null;

  const draw = (state: AppState): void => {
    const pair = state.timeline.relation;
    if (!pair || !data) return;
    drawRelationChart(chartBox, { ab: data.ab, ba: data.ba, aName: pair.names[0], bName: pair.names[1], interval: pair.interval }, state.timeWindow, (direction, period) =>
      store.update(on('timeline', pickRelationPoint({ direction, period }))),
    );
    const { since, until } = state.timeWindow;
    const windowText = since || until ? `${since ? formatDate(since) : '…'} – ${until ? formatDate(until) : '…'}` : 'all dates';
    replaceChildren(
      side,
      h('h3', { class: 'breakdown-title' }, `Categories, ${windowText}`),
      breakdown(`${pair.names[0]} → ${pair.names[1]}`, categoryBreakdown(data.ab, pair.interval, since, until)),
      breakdown(`${pair.names[1]} → ${pair.names[0]}`, categoryBreakdown(data.ba, pair.interval, since, until)),
    );
  };

  const renderHead = (state: AppState): void => {
    const pair = state.timeline.relation;
    const [x, y] = state.selection.nodes;
    const nodes = state.graph.nodes;
    const fromSelection = x && y && nodes[x] && nodes[y] ? ([x, y, nodes[x].label, nodes[y].label] as const) : null;
    const openSelected = fromSelection
      ? h('button', { type: 'button', class: 'tool open-relation', onclick: () => store.update(on('timeline', openRelation(fromSelection[0], fromSelection[1], [fromSelection[2], fromSelection[3]]))) }, `⇄ ${fromSelection[2]} and ${fromSelection[3]}`)
      : null;
    if (!pair) {
      replaceChildren(head, h('p', { class: 'hint' }, 'Select two entities in the graph (Shift+click), or click a tone-map cell, to compare what each says about the other over time. '), openSelected);
      return;
    }
    const intervalButtons = INTERVALS.map((i) =>
      h('button', { type: 'button', class: 'tool', 'aria-pressed': String(pair.interval === i.value), onclick: () => store.update(on('timeline', setRelationInterval(i.value))) }, i.label),
    );
    replaceChildren(
      head,
      h('h3', { class: 'relation-title' }, `${pair.names[0]} ⇄ ${pair.names[1]}`),
      legendItem('ab', pair.names[0], pair.names[1]),
      legendItem('ba', pair.names[1], pair.names[0]),
      h('span', { class: 'interval-group', role: 'group', 'aria-label': 'Period' }, ...intervalButtons),
      h('button', { type: 'button', class: 'tool', title: 'Swap A and B', onclick: () => store.update(on('timeline', openRelation(pair.b, pair.a, [pair.names[1], pair.names[0]], pair.interval))) }, '⇆ Swap'),
      openSelected && (fromSelection![0] !== pair.a || fromSelection![1] !== pair.b) ? openSelected : null,
    );
  };

  const load = (state: AppState): void => {
    const pair = state.timeline.relation;
    if (!pair) return;
    const key = `${pair.a}|${pair.b}|${pair.interval}`;
    if (key === loadedFor) return;
    loadedFor = key;
    data = null;
    controller?.abort();
    controller = new AbortController();
    const signal = controller.signal;
    root.dataset.state = 'loading';
    const started = performance.now();
    // Performance marks split the wait for the benchmark and the browser's profiler: request sent, answer in, chart drawn.
    performance.mark('relation:request');
    replaceChildren(chartBox, h('p', { class: 'state state-loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading the relation…'));
    loadRelation(pair.a, pair.b, pair.interval, signal).then(
      (result) => {
        if (signal.aborted) return;
        performance.mark('relation:answer');
        data = result;
        draw(store.get());
        root.dataset.state = 'ready';
        root.dataset.loadMs = String(Math.round(performance.now() - started));
        performance.mark('relation:drawn');
      },
      (error: unknown) => {
        if (signal.aborted) return;
        loadedFor = '';
        root.dataset.state = 'error';
        replaceChildren(chartBox, h('div', { class: 'state state-error', role: 'alert' }, h('p', {}, `⚠ Could not load the relation: ${error instanceof Error ? error.message : String(error)}`), h('button', { type: 'button', class: 'button', onclick: () => load(store.get()) }, 'Retry')));
      },
    );
  };

  const render = (state: AppState, previous: AppState | null): void => {
    if (!previous || previous.timeline.relation !== state.timeline.relation || previous.selection !== state.selection || previous.graph.nodes !== state.graph.nodes) renderHead(state);
    load(state);
    const pair = state.timeline.relation;
    if (previous && data && state.timeline.dock === 'relation' && (previous.timeWindow !== state.timeWindow || (previous.timeline.dock !== state.timeline.dock && state.timeline.dock === 'relation'))) draw(state);
    const point = pair?.point ?? null;
    if (pair && point && (previous?.timeline.relation?.point !== point)) periodList(store, list, pair, point);
    if (!point && (!previous || previous.timeline.relation !== pair)) replaceChildren(list, pair ? h('p', { class: 'hint' }, 'Click a point to read the statements of its period.') : null);
  };
  render(store.get(), null);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.timeline.relation !== previous.timeline.relation || state.timeWindow !== previous.timeWindow || state.selection !== previous.selection || state.graph.nodes !== previous.graph.nodes || state.timeline.dock !== previous.timeline.dock) render(state, previous);
  });
  return unsubscribe;
}

export { RELATION_COLORS };
