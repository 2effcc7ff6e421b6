import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, scaleSqrt, scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import type { Interval } from '../api/generated';
import { formatTone } from '../graph/kinds';
import { periodLabel } from './periods';

/** One point of a direction: a period with its count and average tone (null when empty). */
export interface RelationPoint {
  period: string;
  count: number;
  averageTone: number | null;
}

/** The two directions to draw, with their names for the legend. */
export interface RelationSeries {
  ab: readonly RelationPoint[];
  ba: readonly RelationPoint[];
  aName: string;
  bName: string;
  interval: Interval;
}

const MARGIN = { top: 14, right: 16, bottom: 24, left: 34 };
const toDate = (day: string): Date => new Date(`${day}T00:00:00Z`);
const DIRECTION_COLORS = { ab: '#1f5fbf', ba: '#d9730d' } as const;

/**
 * Draws A → B and B → A on one chart with d3 in SVG: a line of average tone per direction (gaps at empty periods), points
 * sized by count and labelled with it, and a window band; `onPick` gets a clicked point. Redraws on `draw`.
 */
export function drawRelationChart(container: HTMLElement, series: RelationSeries, window: { since: string | null; until: string | null }, onPick: (direction: 'ab' | 'ba', period: string) => void): void {
  container.replaceChildren();
  const box = container.getBoundingClientRect();
  const outerW = Math.max(320, Math.floor(box.width));
  const outerH = Math.max(140, Math.floor(box.height));
  const width = outerW - MARGIN.left - MARGIN.right;
  const height = outerH - MARGIN.top - MARGIN.bottom;
  const svg = select(container).append('svg').attr('class', 'relation-chart').attr('width', outerW).attr('height', outerH).attr('role', 'img')
    .attr('aria-label', `Average tone per period: ${series.aName} about ${series.bName}, and ${series.bName} about ${series.aName}`);
  const g = svg.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  const periods = [...series.ab, ...series.ba].map((p) => toDate(p.period).getTime());
  const lo = periods.length ? Math.min(...periods) : Date.now();
  const hi = periods.length ? Math.max(...periods) : Date.now();
  const pad = Math.max(86_400_000 * 5, (hi - lo) * 0.04);
  const x = scaleUtc().domain([new Date(lo - pad), new Date(hi + pad)]).range([0, width]);
  const y = scaleLinear().domain([-10, 10]).range([height, 0]);
  const maxCount = Math.max(1, ...series.ab.map((p) => p.count), ...series.ba.map((p) => p.count));
  const r = scaleSqrt().domain([0, maxCount]).range([2.5, 11]);

  if (window.since || window.until) {
    const a = Math.max(0, window.since ? x(toDate(window.since)) : 0);
    const b = Math.min(width, window.until ? x(toDate(window.until)) : width);
    if (b > a) g.append('rect').attr('class', 'window-band').attr('x', a).attr('y', 0).attr('width', b - a).attr('height', height);
  }
  g.append('g').attr('class', 'axis').attr('transform', `translate(0,${height})`).call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))).tickSizeOuter(0));
  g.append('g').attr('class', 'axis').call(axisLeft(y).tickValues([-10, -5, 0, 5, 10]).tickFormat((v) => (Number(v) > 0 ? `+${String(v)}` : String(v))));
  g.append('line').attr('class', 'zero-line').attr('x1', 0).attr('x2', width).attr('y1', y(0)).attr('y2', y(0));
  g.append('text').attr('class', 'axis-note').attr('x', 4).attr('y', 10).text('cooperative ↑');
  g.append('text').attr('class', 'axis-note').attr('x', 4).attr('y', height - 4).text('hostile ↓');

  const path = line<RelationPoint>()
    .defined((p) => p.averageTone !== null)
    .x((p) => x(toDate(p.period)))
    .y((p) => y(p.averageTone ?? 0));
  for (const direction of ['ab', 'ba'] as const) {
    const points = series[direction];
    const [from, to] = direction === 'ab' ? [series.aName, series.bName] : [series.bName, series.aName];
    // Empty periods break the line; a faint bridge keeps the direction readable across them.
    g.append('path').attr('class', `relation-bridge bridge-${direction}`).attr('stroke', DIRECTION_COLORS[direction]).attr('d', path(points.filter((p) => p.averageTone !== null)) ?? '');
    g.append('path').attr('class', `relation-line line-${direction}`).attr('stroke', DIRECTION_COLORS[direction]).attr('d', path([...points]) ?? '');
    const dots = g
      .append('g')
      .attr('class', `points points-${direction}`)
      .selectAll('g.point')
      .data(points.filter((p) => p.count > 0 && p.averageTone !== null))
      .join('g')
      .attr('class', 'point')
      .attr('transform', (p) => `translate(${x(toDate(p.period)).toFixed(1)},${y(p.averageTone!).toFixed(1)})`)
      .attr('data-direction', direction)
      .attr('data-period', (p) => p.period)
      .attr('data-count', (p) => p.count)
      .attr('data-average', (p) => p.averageTone!.toFixed(2))
      .attr('tabindex', 0)
      .attr('role', 'button')
      .attr('aria-label', (p) => `${from} about ${to}, ${periodLabel(p.period, series.interval)}: ${p.count} statements, average tone ${formatTone(p.averageTone!)}`)
      .on('click', (_e: MouseEvent, p) => onPick(direction, p.period))
      .on('keydown', (e: KeyboardEvent, p) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onPick(direction, p.period);
        }
      });
    dots.append('title').text((p) => `${from} → ${to}, ${periodLabel(p.period, series.interval)}: ${p.count} statement${p.count === 1 ? '' : 's'}, average tone ${formatTone(p.averageTone!)}`);
    dots
      .append(direction === 'ab' ? 'circle' : 'rect')
      .attr('class', 'point-mark')
      .attr('fill', DIRECTION_COLORS[direction])
      .each(function (p) {
        const el = select(this);
        const radius = r(p.count);
        if (direction === 'ab') el.attr('r', radius);
        else el.attr('x', -radius).attr('y', -radius).attr('width', radius * 2).attr('height', radius * 2);
      });
    dots.append('text').attr('class', 'point-count').attr('y', (p) => -r(p.count) - 3).text((p) => String(p.count));
  }
}

/** The colour of each direction (the legend uses the same). */
export const RELATION_COLORS = DIRECTION_COLORS;
