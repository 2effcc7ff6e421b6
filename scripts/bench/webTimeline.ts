// bench:web (timeline part, issue 9): the explorer in headless Chromium against the real server on a real Neo4j holding
// 10,000 generated articles (the cached store of bench:api, taken whatever its key: see --reuse in openBenchDatabase).
// Prints frames per second while brushing the timeline and while Play animates the window over the view of the two busiest
// countries, and the time from a click on their tone-map cell to the drawn relation view (median of runs).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { signalServerSync } from '../../api/src/neo4j/index';
import pino from 'pino';
import { loadConfig } from '../../api/src/config/index';
import { startHttpServer } from '../../api/src/server/index';
import { warmUp } from '../../api/src/server/warmUp';
import { writeIngestCorpus } from './ingestCorpus';
import { generatorHash, openBenchDatabase, storeKey } from './apiStore';

const ROOT = path.join(import.meta.dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTICLES = 10_000;
const PER_FILE = 1000;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const log = (line: string) => console.log(line);

/** Counts animation frames for `ms` while `drive` runs (the page's own clock), and returns frames per second. */
async function framesDuring(page: Page, ms: number, drive: () => Promise<void>): Promise<number> {
  // A string, not a function: tsx would wrap named helpers in `__name`, which the page does not have.
  await page.evaluate(`(() => {
    window.__frames = 0;
    delete window.__fps;
    const start = performance.now();
    function step(now) {
      window.__frames += 1;
      if (now - start < ${ms}) requestAnimationFrame(step);
      else window.__fps = (window.__frames * 1000) / (now - start);
    }
    requestAnimationFrame(step);
  })()`);
  await drive();
  await page.waitForFunction(() => (window as unknown as { __fps?: number }).__fps !== undefined, null, { timeout: ms + 30_000 });
  return page.evaluate(() => (window as unknown as { __fps: number }).__fps);
}

/** Drags brushes back and forth across the timeline's plot for about `ms`. */
async function brushFor(page: Page, ms: number): Promise<void> {
  const box = await page.locator('#dock-timeline .timeline-chart-box').boundingBox();
  if (!box) throw new Error('bench:web: no timeline chart');
  const y = box.y + 12;
  const left = box.x + 40;
  const right = box.x + box.width - 20;
  const start = Date.now();
  let forward = true;
  while (Date.now() - start < ms) {
    const a = forward ? left : right;
    await page.mouse.move(a, y);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) await page.mouse.move(a + ((forward ? 1 : -1) * (right - left) * i) / 40, y);
    await page.mouse.up();
    forward = !forward;
  }
}

/**
 * With BENCH_PROFILE=1: the page's CPU profile while `drive` runs, as the functions with the most self time (where a
 * frame's budget goes). Prints nothing otherwise.
 */
async function profileDuring(page: Page, label: string, drive: () => Promise<void>): Promise<void> {
  if (!process.env.BENCH_PROFILE) return drive();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  await drive();
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const { nodes, samples = [], timeDeltas = [] } = profile;
  const byId = new Map(nodes.map((n) => [n.id, n] as const));
  samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  log(`bench:web timeline: profile while ${label} (${Math.round(total)} ms sampled), most self time:`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) log(`  ${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`);
  await cdp.detach();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const generator = generatorHash(path.join(ROOT, 'scripts', 'bench'), ['ingestCorpus.ts', 'corpus.ts', 'templates.ts']);
  const files = writeIngestCorpus(path.join(ROOT, 'samples'), path.join(ROOT, '.bench', 'api', `corpus-${generator}`), 50_000, PER_FILE);
  const db = await openBenchDatabase(ROOT, files, PER_FILE, ARTICLES, storeKey(ROOT, files), true, log);
  process.once('exit', () => signalServerSync(db.layout));
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-bench-timeline-'));
  const web = path.join(ROOT, 'web');
  await build({ configFile: false, root: web, base: '/', publicDir: false, logLevel: 'warn', build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5_000, rolldownOptions: { input: { index: path.join(web, 'index.html') } } } });
  // The response cache is off unless DIPLOGRAPH_RESPONSE_CACHE_MB says otherwise, so every relation click is computed; the
  // server is warmed up as `diplograph serve` does (query plans ready), and that warm-up's time is printed on its own.
  const config = loadConfig({ DIPLOGRAPH_RESPONSE_CACHE_MB: process.env.DIPLOGRAPH_RESPONSE_CACHE_MB ?? '0' });
  const server = await startHttpServer({ executor: db.executor, webDistDir: outDir, config }, '127.0.0.1', 0);
  const w0 = performance.now();
  const answered = await warmUp(`${server.url}graphql`, null, pino({ level: 'silent' }));
  log(`bench:web timeline: response cache ${config.api.responseCacheMb} MiB; serve's warm-up answered ${answered} questions in ${Math.round(performance.now() - w0)} ms`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    // The two busiest countries: the first two of the tone map over the whole range.
    await page.goto(server.url);
    await page.click('.dock-tab[data-tab="toneMap"]');
    await page.locator('.tone-cell').first().waitFor({ timeout: 120_000 });
    const [a, b] = await page.locator('.tone-map .row-head').evaluateAll((els) => els.slice(0, 2).map((e) => e.textContent ?? ''));
    const ids = await page.locator('.tone-cell').evaluateAll((els) => els.map((e) => [e.getAttribute('data-speaker'), e.getAttribute('data-subject')]));
    const rowIds = [...new Set(ids.map(([s]) => s))];
    const [aId, bId] = [rowIds[0]!, ids.find(([s, t]) => s === rowIds[0] && t !== rowIds[0])?.[1] ?? rowIds[1]!];

    // Relation view: click on the cell → chart drawn (the panel's data-state turns ready after drawing).
    const times: number[] = [];
    const split: { before: number; answer: number; draw: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(server.url);
      await page.click('.dock-tab[data-tab="toneMap"]');
      const cell = page.locator(`.tone-cell[data-speaker="${aId}"][data-subject="${bId}"]`);
      await cell.waitFor({ timeout: 120_000 });
      await page.evaluate(() => {
        const w = window as unknown as { __t0: number };
        document.addEventListener('click', () => (w.__t0 = performance.now()), { capture: true, once: true });
      });
      await cell.click();
      await page.locator('#dock-relation[data-state="ready"]').waitFor({ timeout: 60_000 });
      times.push(await page.evaluate(() => performance.now() - (window as unknown as { __t0: number }).__t0));
      // The relation panel's performance marks: click → request sent (client), → answer in (network and API), → drawn (client).
      // A string, not a function: tsx would wrap the named helper in `__name`, which the page does not have.
      split.push(await page.evaluate<{ before: number; answer: number; draw: number }>(`(() => {
        const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
        return { before: at('relation:request') - window.__t0, answer: at('relation:answer') - at('relation:request'), draw: at('relation:drawn') - at('relation:answer') };
      })()`));
    }
    const show = (xs: number[]) => xs.map((t) => t.toFixed(1)).join(', ');
    const points = await page.locator('.relation-chart .point').count();
    log(`bench:web timeline: relation view ${a} ⇄ ${b} (${aId}, ${bId}), whole range by month, ${points} points: click → drawn ${Math.round(median(times))} ms (runs ${times.map((t) => Math.round(t)).join(', ')}); of which click → request sent ${show(split.map((s) => s.before))} ms, request → answer (network and API) ${show(split.map((s) => s.answer))} ms, answer → drawn ${show(split.map((s) => s.draw))} ms`);

    // The graph of both countries, with the timeline of its statements.
    await page.goto(`${server.url}?x=${encodeURIComponent(aId)},${encodeURIComponent(bId)}`);
    await page.waitForFunction(() => document.getElementById('graph')?.dataset.layout === 'settled' && document.getElementById('dock-timeline')?.dataset.phase === 'ready' && Number(document.getElementById('dock-timeline')?.dataset.marks) > 0, null, { timeout: 300_000 });
    const marks = await page.evaluate(() => Number(document.getElementById('dock-timeline')?.dataset.marks));
    const elements = await page.evaluate(() => (window as unknown as { diplograph: { nodeCount(): number } }).diplograph.nodeCount());
    const brushFps = await framesDuring(page, 4000, () => brushFor(page, 4000));
    await profileDuring(page, 'brushing', () => brushFor(page, 3000));
    await page.selectOption('#dock-timeline select[aria-label="Speed"]', '90');
    const playFps = await framesDuring(page, 4000, async () => {
      await page.click('#dock-timeline .play-button');
      await page.waitForTimeout(4000);
      await page.click('#dock-timeline .play-button');
    });
    await profileDuring(page, 'playing', async () => {
      await page.click('#dock-timeline .play-button');
      await page.waitForTimeout(3000);
      await page.click('#dock-timeline .play-button');
    });
    // Where Play's frames go: the same Play with the graph's canvas hidden (Cytoscape skips drawing), and how often the
    // timeline repainted its marks while playing (it should not at all: the window is SVG over the canvas).
    const draws = () => page.evaluate(() => Number(document.querySelector<HTMLCanvasElement>('#dock-timeline canvas.timeline-marks')?.dataset.draws));
    const drawsBefore = await draws();
    await page.evaluate(() => document.querySelector<HTMLElement>('.canvas-wrap')!.style.setProperty('display', 'none'));
    const hiddenFps = await framesDuring(page, 4000, async () => {
      await page.click('#dock-timeline .play-button');
      await page.waitForTimeout(4000);
      await page.click('#dock-timeline .play-button');
    });
    await page.evaluate(() => document.querySelector<HTMLElement>('.canvas-wrap')!.style.removeProperty('display'));
    log(`bench:web timeline: Play with the graph hidden ${hiddenFps.toFixed(1)} fps; timeline marks repainted ${(await draws()) - drawsBefore} times while playing`);
    const faded = await page.evaluate(() => (window as unknown as { diplographTimeline: { outside(): { edges: string[] } } }).diplographTimeline.outside().edges.length);
    log(`bench:web timeline: ${ARTICLES} articles, view of ${elements} nodes and ${marks} statement marks: brushing ${brushFps.toFixed(1)} fps, Play ${playFps.toFixed(1)} fps (${faded} edges faded at the end)`);
  } finally {
    await browser.close();
    await server.close();
    await db.dispose();
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
