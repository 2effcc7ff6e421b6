import { axisBottom, axisLeft } from 'd3-axis';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { shapePath } from './categoryShapes';
import { toneColor } from './toneScale';
import { hasWeakDate, type ViewStatement } from './viewStatements';

/** What the chart reports back: hover (null when leaving a mark), click on a mark, and a brushed window (null: cleared). */
export interface TimelineChartCallbacks {
  onHover(item: ViewStatement | null, at: { x: number; y: number }): void;
  onPick(item: ViewStatement): void;
  onBrush(window: { since: string; until: string } | null): void;
}

/** The chart's handle: draw data, show a window, tear down. */
export interface TimelineChart {
  update(items: readonly ViewStatement[], selected: string | null): void;
  /** Moves the brush to the window without reporting it back (Play, the URL). */
  showWindow(since: string | null, until: string | null): void;
  destroy(): void;
}

const MARGIN = { top: 8, right: 12, bottom: 22, left: 30 };
const DAY = 86_400_000;
const toDate = (day: string): Date => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * Draws statements as marks on a time axis (x: when said, y: tone; colour: tone; shape: category; hollow and dashed when
 * the date is weak) with d3 in SVG. The wheel zooms and a drag on the axis pans; a drag on the plot draws the window brush.
 */
export function createTimelineChart(container: HTMLElement, callbacks: TimelineChartCallbacks): TimelineChart {
  const svg = select(container).append('svg').attr('class', 'timeline-chart').attr('role', 'img');
  const plot = svg.append('g');
  const xAxisG = plot.append('g').attr('class', 'axis x-axis');
  const yAxisG = plot.append('g').attr('class', 'axis y-axis');
  const zero = plot.append('line').attr('class', 'zero-line');
  const brushG = plot.append('g').attr('class', 'brush');
  const marksG = plot.append('g').attr('class', 'marks');
  const panStrip = plot.append('rect').attr('class', 'pan-strip');

  let items: readonly ViewStatement[] = [];
  let selected: string | null = null;
  let width = 0;
  let height = 0;
  let transform: ZoomTransform = zoomIdentity;
  let shownWindow: [string | null, string | null] = [null, null];
  const x0 = scaleUtc();
  const y = scaleLinear().domain([-10, 10]);
  const x = () => transform.rescaleX(x0);

  let moving = false;
  const brush: BrushBehavior<unknown> = brushX().on('brush end', (event: D3BrushEvent<unknown>) => {
    if (moving || !event.sourceEvent) return;
    const sel = event.selection as [number, number] | null;
    if (!sel) {
      shownWindow = [null, null];
      callbacks.onBrush(null);
      return;
    }
    const scale = x();
    const since = toDay(scale.invert(sel[0]));
    const until = toDay(scale.invert(sel[1]));
    shownWindow = [since, until];
    callbacks.onBrush({ since, until });
  });

  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 400])
    // The wheel zooms anywhere; dragging pans only on the axis strip, so a drag on the plot stays the brush's.
    .filter((event: Event) => event.type === 'wheel' || (event.target as Element).classList.contains('pan-strip'))
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      transform = event.transform;
      redraw();
    });
  (svg as unknown as Selection<SVGSVGElement, unknown, null, undefined>).call(zoomer);

  const placeMarks = (): void => {
    const scale = x();
    marksG.selectAll<SVGPathElement, ViewStatement>('path.mark').attr('transform', (d) => `translate(${scale(toDate(d.statement.saidAt!)).toFixed(1)},${y(d.statement.tone ?? 0).toFixed(1)})`);
  };

  const placeBrush = (): void => {
    const [since, until] = shownWindow;
    moving = true;
    if (!since && !until) brushG.call(brush.move, null);
    else {
      const scale = x();
      const a = scale(since ? toDate(since) : x0.domain()[0]!);
      const b = scale(until ? toDate(until) : x0.domain()[1]!);
      brushG.call(brush.move, [Math.max(0, Math.min(width, a)), Math.max(0, Math.min(width, Math.max(a + 1, b)))]);
    }
    moving = false;
  };

  const redraw = (): void => {
    const scale = x();
    xAxisG.call(axisBottom(scale).ticks(Math.max(2, Math.floor(width / 90))).tickSizeOuter(0));
    placeMarks();
    placeBrush();
  };

  const resize = (): void => {
    const box = container.getBoundingClientRect();
    const outerW = Math.max(200, Math.floor(box.width));
    const outerH = Math.max(80, Math.floor(box.height));
    width = outerW - MARGIN.left - MARGIN.right;
    height = outerH - MARGIN.top - MARGIN.bottom;
    svg.attr('width', outerW).attr('height', outerH).attr('viewBox', `0 0 ${outerW} ${outerH}`);
    plot.attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
    x0.range([0, width]);
    y.range([height, 0]);
    xAxisG.attr('transform', `translate(0,${height})`);
    yAxisG.call(axisLeft(y).tickValues([-10, 0, 10]).tickFormat((v) => (Number(v) > 0 ? `+${String(v)}` : String(v))).tickSizeOuter(0));
    zero.attr('x1', 0).attr('x2', width).attr('y1', y(0)).attr('y2', y(0));
    panStrip.attr('x', 0).attr('y', height).attr('width', width).attr('height', MARGIN.bottom);
    brush.extent([[0, 0], [width, height]]);
    brushG.call(brush);
    zoomer.translateExtent([[0, 0], [width, height]]).extent([[0, 0], [width, height]]);
    redraw();
  };

  const setDomain = (): void => {
    const dates = items.map((d) => toDate(d.statement.saidAt!).getTime());
    const lo = dates.length ? Math.min(...dates) : Date.now() - 365 * DAY;
    const hi = dates.length ? Math.max(...dates) : Date.now();
    const pad = Math.max(3 * DAY, (hi - lo) * 0.03);
    x0.domain([new Date(lo - pad), new Date(hi + pad)]);
  };

  const observer = new ResizeObserver(() => resize());
  observer.observe(container);

  return {
    update(next, nextSelected) {
      const domainChanged = next !== items;
      items = next;
      selected = nextSelected;
      if (domainChanged) setDomain();
      svg.attr('aria-label', `${items.length} statements over time; colour and height show tone, shape shows category`);
      marksG
        .selectAll<SVGPathElement, ViewStatement>('path.mark')
        .data(items, (d) => d.statement.id)
        .join((enter) =>
          enter
            .append('path')
            .attr('class', 'mark')
            .on('mouseenter', (event: MouseEvent, d) => callbacks.onHover(d, { x: event.clientX, y: event.clientY }))
            .on('mouseleave', (event: MouseEvent) => callbacks.onHover(null, { x: event.clientX, y: event.clientY }))
            .on('click', (_event: MouseEvent, d) => callbacks.onPick(d)),
        )
        .attr('data-statement-id', (d) => d.statement.id)
        .attr('data-said-at', (d) => d.statement.saidAt)
        .attr('d', (d) => shapePath(d.statement.category?.code, d.statement.id === selected ? 150 : 60))
        .attr('fill', (d) => (hasWeakDate(d.statement) ? 'white' : toneColor(d.statement.tone)))
        .attr('stroke', (d) => (d.statement.id === selected ? '#111' : toneColor(d.statement.tone)))
        .classed('weak', (d) => hasWeakDate(d.statement))
        .classed('selected', (d) => d.statement.id === selected);
      if (width > 0) redraw();
      else resize();
    },
    showWindow(since, until) {
      if (shownWindow[0] === since && shownWindow[1] === until) return;
      shownWindow = [since, until];
      if (width > 0) placeBrush();
    },
    destroy() {
      observer.disconnect();
      svg.remove();
    },
  };
}
