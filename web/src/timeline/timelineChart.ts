import { axisBottom, axisLeft } from 'd3-axis';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { pointer, select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { shapeOfCategory, shapePath } from './categoryShapes';
import { buildMarkIndex, nearestMark, type MarkIndex } from './markIndex';
import { toneColor } from './toneScale';
import { hasWeakDate, type ViewStatement } from './viewStatements';

/** Where a hover came from: the pointer, or the arrow keys on the focused chart (then worth announcing). */
export type HoverSource = 'pointer' | 'keyboard';

/** What the chart reports back: hover (null when leaving a mark), click on a mark, and a brushed window (null: cleared). */
export interface TimelineChartCallbacks {
  onHover(item: ViewStatement | null, at: { x: number; y: number }, source: HoverSource): void;
  onPick(item: ViewStatement): void;
  onBrush(window: { since: string; until: string } | null): void;
}

/** The chart's handle: draw data, show a window, find a drawn mark, tear down. */
export interface TimelineChart {
  update(items: readonly ViewStatement[], selected: string | null): void;
  /** Moves the brush to the window without reporting it back (Play, the URL). */
  showWindow(since: string | null, until: string | null): void;
  /** Where the first mark said on `day` is drawn now, in page coordinates (null when none is drawn). */
  markAt(day: string): { x: number; y: number } | null;
  destroy(): void;
}

const MARGIN = { top: 8, right: 12, bottom: 22, left: 30 };
const DAY = 86_400_000;
/** Square pixels of a mark, and of the selected one. */
const MARK_SIZE = 60;
const SELECTED_SIZE = 150;
/** How far from a mark's centre the pointer still hovers it. */
const HIT_RADIUS = 6;
const toDate = (day: string): Date => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date): string => date.toISOString().slice(0, 10);

const shapes = new Map<string, Path2D>();
/** The canvas path of a category's mark (one per shape group). */
function markPath(code: string | null | undefined): Path2D {
  const key = shapeOfCategory(code).name;
  let path = shapes.get(key);
  if (!path) {
    path = new Path2D(shapePath(code, MARK_SIZE));
    shapes.set(key, path);
  }
  return path;
}

/** What the canvas needs of each mark, computed once per data change. */
interface MarkRow {
  time: number;
  tone: number;
  color: string;
  weak: boolean;
  path: Path2D;
}

/**
 * Draws statements as marks on a time axis (x: when said, y: tone; colour: tone; shape: category; hollow and dashed when
 * the date is weak). The marks are painted on a canvas, redrawn only when the data, the zoom or the size change; the axis,
 * the brush and the hovered and selected marks are SVG on top of it, so brushing and Play never repaint the marks. The
 * wheel zooms and a drag on the axis pans; a drag on the plot (off a mark) draws the window brush. The focused chart moves
 * between marks with the arrow keys and opens one with Enter.
 */
export function createTimelineChart(container: HTMLElement, callbacks: TimelineChartCallbacks): TimelineChart {
  const canvas = select(container).append('canvas').attr('class', 'timeline-marks').attr('aria-hidden', 'true').node()!;
  const svg = select(container).append('svg').attr('class', 'timeline-chart').attr('role', 'img');
  const plot = svg.append('g');
  const xAxisG = plot.append('g').attr('class', 'axis x-axis');
  const yAxisG = plot.append('g').attr('class', 'axis y-axis');
  const zero = plot.append('line').attr('class', 'zero-line');
  const brushG = plot.append('g').attr('class', 'brush');
  const selectedMark = plot.append('path').attr('class', 'mark-ring selected-mark').attr('display', 'none');
  const hoverMark = plot.append('path').attr('class', 'mark-ring hover-mark').attr('display', 'none');
  const panStrip = plot.append('rect').attr('class', 'pan-strip');
  container.tabIndex = 0;

  let items: readonly ViewStatement[] = [];
  let rows: MarkRow[] = [];
  let index: MarkIndex = buildMarkIndex([]);
  let selected: string | null = null;
  let hovered = -1;
  let width = 0;
  let height = 0;
  let transform: ZoomTransform = zoomIdentity;
  let shownWindow: [string | null, string | null] = [null, null];
  const x0 = scaleUtc();
  const y = scaleLinear().domain([-10, 10]);
  const x = () => transform.rescaleX(x0);

  /** Time → plot x, as a plain linear map (d3's scale per mark is measurably slower over ten thousand marks). */
  const xOf = (): ((time: number) => number) => {
    const scale = x();
    const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
    const [r0, r1] = scale.range() as [number, number];
    const k = (r1 - r0) / (d1 - d0);
    return (time) => r0 + (time - d0) * k;
  };

  const draw = (): void => {
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const px = xOf();
    let drawn = 0;
    let weakDrawn = 0;
    ctx.lineWidth = 1.2;
    // Solid marks first, then the weak ones (white, dashed) above them, so the dash pattern is set twice per draw.
    for (const weakPass of [false, true]) {
      ctx.setLineDash(weakPass ? [2, 1.5] : []);
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        if (row.weak !== weakPass) continue;
        const cx = px(row.time);
        if (cx < -HIT_RADIUS || cx > width + HIT_RADIUS) continue;
        ctx.setTransform(dpr, 0, 0, dpr, (MARGIN.left + cx) * dpr, (MARGIN.top + y(row.tone)) * dpr);
        if (weakPass) {
          ctx.globalAlpha = 1;
          ctx.fillStyle = '#ffffff';
        } else {
          ctx.globalAlpha = 0.85;
          ctx.fillStyle = row.color;
        }
        ctx.fill(row.path);
        ctx.globalAlpha = 1;
        ctx.strokeStyle = row.color;
        ctx.stroke(row.path);
        drawn += 1;
        if (weakPass) weakDrawn += 1;
      }
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    // What was painted, for tests and the benchmark (the marks have no DOM of their own).
    canvas.dataset.drawn = String(drawn);
    canvas.dataset.draws = String(Number(canvas.dataset.draws ?? 0) + 1);
    canvas.dataset.weak = String(weakDrawn);
  };

  /** Puts a ring (the hovered or the selected mark) over mark `i`, or hides it. */
  const placeRing = (ring: typeof hoverMark, i: number, size: number): void => {
    const row = rows[i];
    if (!row) {
      ring.attr('display', 'none');
      return;
    }
    const cx = xOf()(row.time);
    ring
      .attr('display', cx < 0 || cx > width ? 'none' : null)
      .attr('d', shapePath(items[i]!.statement.category?.code, size))
      .attr('transform', `translate(${cx.toFixed(1)},${y(row.tone).toFixed(1)})`)
      .attr('fill', ring === selectedMark ? (row.weak ? '#ffffff' : row.color) : 'none')
      .classed('weak', row.weak);
  };
  const placeRings = (): void => {
    placeRing(selectedMark, selected ? items.findIndex((d) => d.statement.id === selected) : -1, SELECTED_SIZE);
    placeRing(hoverMark, hovered, MARK_SIZE);
  };

  /** The mark under a point of the plot, or −1. */
  const hitAt = (px: number, py: number): number => {
    const scale = x();
    return nearestMark(index, px, py, HIT_RADIUS, xOf(), (p) => scale.invert(p).getTime(), (tone) => y(tone));
  };
  const plotPoint = (event: MouseEvent): [number, number] => pointer(event, plot.node());
  const clientOf = (i: number): { x: number; y: number } => {
    const box = svg.node()!.getBoundingClientRect();
    const row = rows[i]!;
    return { x: box.left + MARGIN.left + xOf()(row.time), y: box.top + MARGIN.top + y(row.tone) };
  };

  const hover = (i: number, at: { x: number; y: number }, source: HoverSource): void => {
    if (i === hovered && source === 'pointer') return;
    hovered = i;
    placeRing(hoverMark, i, MARK_SIZE);
    (brushG.select('.overlay').node() as SVGElement | null)?.style.setProperty('cursor', i >= 0 ? 'pointer' : '');
    callbacks.onHover(i >= 0 ? items[i]! : null, at, source);
  };

  let moving = false;
  const brush: BrushBehavior<unknown> = brushX()
    // A press on a mark is a click on it, not the start of a window.
    .filter((event: MouseEvent) => !event.ctrlKey && !event.button && hitAt(...plotPoint(event)) < 0)
    .on('brush end', (event: D3BrushEvent<unknown>) => {
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

  // Hover and click find the mark through the index; a click counts only when the press was on the same mark.
  let pressed = -1;
  svg.on('mousemove.marks', (event: MouseEvent) => {
    if (event.buttons !== 0) return;
    hover(hitAt(...plotPoint(event)), { x: event.clientX, y: event.clientY }, 'pointer');
  });
  svg.on('mouseleave.marks', (event: MouseEvent) => hover(-1, { x: event.clientX, y: event.clientY }, 'pointer'));
  svg.on('pointerdown.marks', (event: PointerEvent) => {
    pressed = event.button === 0 ? hitAt(...plotPoint(event)) : -1;
  });
  svg.on('click.marks', (event: MouseEvent) => {
    const i = hitAt(...plotPoint(event));
    if (i >= 0 && i === pressed) callbacks.onPick(items[i]!);
    pressed = -1;
  });

  // The keyboard alternative: arrows move between the marks in view (in time order), Home/End jump, Enter opens.
  container.addEventListener('keydown', (event) => {
    if (event.target !== container || rows.length === 0 || event.ctrlKey || event.metaKey || event.altKey) return;
    const px = xOf();
    const visible = (i: number) => px(rows[i]!.time) >= 0 && px(rows[i]!.time) <= width;
    let next = hovered;
    if (event.key === 'ArrowRight') next = hovered < 0 ? 0 : Math.min(rows.length - 1, hovered + 1);
    else if (event.key === 'ArrowLeft') next = hovered < 0 ? rows.length - 1 : Math.max(0, hovered - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = rows.length - 1;
    else if (event.key === 'Enter' && hovered >= 0) {
      event.preventDefault();
      callbacks.onPick(items[hovered]!);
      return;
    } else if (event.key === 'Escape' && hovered >= 0) {
      hover(-1, { x: 0, y: 0 }, 'keyboard');
      return;
    } else return;
    event.preventDefault();
    // Skip marks zoomed out of view, in the direction of travel.
    const step = event.key === 'ArrowLeft' || event.key === 'End' ? -1 : 1;
    while (next >= 0 && next < rows.length && !visible(next)) next += step;
    if (next < 0 || next >= rows.length) return;
    hover(next, clientOf(next), 'keyboard');
  });
  container.addEventListener('blur', () => {
    if (hovered >= 0) hover(-1, { x: 0, y: 0 }, 'keyboard');
  });

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
    draw();
    placeRings();
    placeBrush();
  };

  let outer = { w: 0, h: 0 };
  const resize = (): void => {
    const box = container.getBoundingClientRect();
    const outerW = Math.max(200, Math.floor(box.width));
    const outerH = Math.max(80, Math.floor(box.height));
    // Observers also report moves and sub-pixel changes: repaint ten thousand marks only when the size really changed.
    if (outerW === outer.w && outerH === outer.h) return;
    outer = { w: outerW, h: outerH };
    width = outerW - MARGIN.left - MARGIN.right;
    height = outerH - MARGIN.top - MARGIN.bottom;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(outerW * dpr);
    canvas.height = Math.round(outerH * dpr);
    canvas.style.width = `${outerW}px`;
    canvas.style.height = `${outerH}px`;
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

  const setData = (): void => {
    rows = items.map(({ statement }) => ({
      time: toDate(statement.saidAt!).getTime(),
      tone: statement.tone ?? 0,
      color: toneColor(statement.tone),
      weak: hasWeakDate(statement),
      path: markPath(statement.category?.code),
    }));
    index = buildMarkIndex(rows);
    const lo = rows.length ? rows[0]!.time : Date.now() - 365 * DAY;
    const hi = rows.length ? rows[rows.length - 1]!.time : Date.now();
    const pad = Math.max(3 * DAY, (hi - lo) * 0.03);
    x0.domain([new Date(lo - pad), new Date(hi + pad)]);
    hovered = -1;
  };

  const observer = new ResizeObserver(() => resize());
  observer.observe(container);

  return {
    update(next, nextSelected) {
      const dataChanged = next !== items;
      items = next;
      selected = nextSelected;
      const label = `${items.length} statements over time; colour and height show tone, shape shows category`;
      svg.attr('aria-label', label);
      container.setAttribute('aria-label', `${label}. Arrow keys move between statements, Enter opens one.`);
      if (!dataChanged) {
        placeRings();
        return;
      }
      setData();
      if (width > 0) redraw();
      else resize();
    },
    showWindow(since, until) {
      if (shownWindow[0] === since && shownWindow[1] === until) return;
      shownWindow = [since, until];
      if (width > 0) placeBrush();
    },
    markAt(day) {
      const time = toDate(day).getTime();
      const i = rows.findIndex((row) => row.time === time);
      if (i < 0) return null;
      const cx = xOf()(rows[i]!.time);
      return cx < 0 || cx > width ? null : clientOf(i);
    },
    destroy() {
      observer.disconnect();
      svg.remove();
      canvas.remove();
    },
  };
}
