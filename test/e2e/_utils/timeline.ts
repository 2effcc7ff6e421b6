import path from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../../api/src/config/index';

/** The timeline journeys' corpus: five invented articles between Portugal, Morocco and Brazil, January to March 2025. */
export const TIMELINE_CORPUS = path.join(PROJECT_ROOT, 'test', 'fixtures', 'e2e-timeline', 'corpus.jsonl');

/** What the page's timeline hook reports: the faded edges and nodes, the window and whether Play runs. */
export interface TimelineProbe {
  outside: { edges: string[]; nodes: string[] };
  window: { since: string | null; until: string | null; playing: boolean };
}

/** Reads the timeline hook of the page. */
export async function probeTimeline(page: Page): Promise<TimelineProbe> {
  return page.evaluate(() => {
    const w = window as unknown as { diplographTimeline: { outside(): TimelineProbe['outside']; window(): TimelineProbe['window'] } };
    return { outside: w.diplographTimeline.outside(), window: w.diplographTimeline.window() };
  });
}

/** Waits until the timeline has loaded its statements and has painted `marks` of them (counted by the canvas's draw). */
export async function waitForMarks(page: Page, marks: number): Promise<void> {
  await page.waitForFunction((n) => {
    const section = document.getElementById('dock-timeline');
    const canvas = section?.querySelector<HTMLCanvasElement>('canvas.timeline-marks');
    return section?.dataset.phase === 'ready' && canvas?.dataset.drawn === String(n);
  }, marks, { timeout: 20_000 });
}

/** How many marks the timeline's last draw painted with a weak (hollow) date. */
export async function weakMarks(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.querySelector<HTMLCanvasElement>('#dock-timeline canvas.timeline-marks')?.dataset.weak));
}

/**
 * The page position of the first mark said on `day` (its centre), from the chart; fails unless the canvas is painted
 * there, so a position without a drawn mark does not pass.
 */
export async function markAt(page: Page, day: string): Promise<{ x: number; y: number }> {
  const at = await page.evaluate((d) => {
    const w = window as unknown as { diplographTimeline: { markAt(day: string): { x: number; y: number } | null } };
    const point = w.diplographTimeline.markAt(d);
    const canvas = document.querySelector<HTMLCanvasElement>('#dock-timeline canvas.timeline-marks');
    if (!point || !canvas) return null;
    const box = canvas.getBoundingClientRect();
    const scale = canvas.width / box.width;
    const pixel = canvas.getContext('2d')!.getImageData(Math.round((point.x - box.left) * scale), Math.round((point.y - box.top) * scale), 1, 1).data;
    return { ...point, alpha: pixel[3]! };
  }, day);
  if (!at) throw new Error(`e2e: no mark on ${day}`);
  if (at.alpha === 0) throw new Error(`e2e: the timeline says a mark on ${day} is at ${at.x},${at.y} but the canvas is blank there`);
  return { x: at.x, y: at.y };
}
