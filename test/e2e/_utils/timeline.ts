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

/** Waits until the timeline has loaded its statements and draws `marks` of them. */
export async function waitForMarks(page: Page, marks: number): Promise<void> {
  await page.waitForFunction((n) => {
    const section = document.getElementById('dock-timeline');
    return section?.dataset.phase === 'ready' && document.querySelectorAll('#dock-timeline .mark').length === n;
  }, marks, { timeout: 20_000 });
}

/** The page position of the first mark said on `day` (its centre). */
export async function markAt(page: Page, day: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`#dock-timeline .mark[data-said-at="${day}"]`).first().boundingBox();
  if (!box) throw new Error(`e2e: no mark on ${day}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
