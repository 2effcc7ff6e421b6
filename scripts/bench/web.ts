// bench:web: the explorer in headless Chromium against the real HTTP server, on synthetic neighbourhoods of 200, 1,000 and
// 2,000 nodes. The page and its assets come from the server; the GraphQL answers for the picked entity are a generated graph
// (answered in the browser, so Neo4j's own speed does not enter the figures: bench:api measures that). Prints the time from
// picking a search result to a settled layout, and frames per second while panning and zooming 2,000 nodes, canvas vs WebGL.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page, type Route } from 'playwright-core';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../api/src/config/index';
import { createExecutor } from '../../api/src/db/executor';
import { startHttpServer } from '../../api/src/server/index';
import { computeLayout } from '../../web/src/graph/layouts/computeLayout';
import { REFINE_LIMIT } from '../../web/src/graph/layouts/graphLayout';
import { layoutBox } from '../../web/src/graph/layouts/layoutJob';
import { radialPlacement } from '../../web/src/graph/layouts/radialPlacement';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SIZES = [200, 1000, 2000];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const KINDS = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'TREATY'] as const;
const TYPES = { PERSON: 'HOLDS_ROLE', COUNTRY: 'SPOKE_ABOUT', ORGANIZATION: 'PART_OF', TREATY: 'PARTY_TO' } as const;

/** A deterministic pseudo-random sequence, so every run draws the same graph. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** A star of `n` nodes around `anchor:0` plus n/2 edges among the neighbours, shaped like the API's Graph. */
function syntheticGraph(n: number) {
  const rnd = random(n);
  const nodes = Array.from({ length: n }, (_, i) => {
    const kind = i === 0 ? 'COUNTRY' : (KINDS[Math.floor(rnd() * KINDS.length)] ?? 'PERSON');
    return { id: `${kind.toLowerCase()}:n${i}`, kind, label: `${kind.charAt(0)}${kind.slice(1).toLowerCase()} ${i}`, weight: Math.floor(1 + 200 * rnd() ** 4) };
  });
  const edge = (a: (typeof nodes)[number], b: (typeof nodes)[number], i: number) => ({
    id: `e${i}:${a.id}->${b.id}`,
    source: a.id,
    target: b.id,
    type: TYPES[a.kind as keyof typeof TYPES],
    label: `${1 + (i % 7)}`,
    weight: 1 + (i % 7),
    count: 1 + (i % 7),
    tone: Math.round((rnd() * 20 - 10) * 10) / 10,
    firstSeen: '2025-01-01',
    lastSeen: '2025-06-01',
  });
  const anchor = nodes[0] as (typeof nodes)[number];
  const edges = nodes.slice(1).map((node, i) => edge(node, anchor, i));
  for (let i = 0; i < n / 2; i++) {
    const a = nodes[1 + Math.floor(rnd() * (n - 1))] as (typeof nodes)[number];
    const b = nodes[1 + Math.floor(rnd() * (n - 1))] as (typeof nodes)[number];
    if (a !== b) edges.push(edge(a, b, n + i));
  }
  return { nodes, edges, truncated: false, total: n };
}

function answer(route: Route, data: unknown): Promise<void> {
  return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ data }) });
}

/** Answers the explorer's operations from the synthetic graph of `n` nodes. */
async function routeSynthetic(page: Page, n: number): Promise<void> {
  const graph = syntheticGraph(n);
  const anchor = graph.nodes[0] as (typeof graph.nodes)[number];
  await page.route('**/graphql', (route) => {
    const body = route.request().postDataJSON() as { query: string };
    const op = /query (\w+)/.exec(body.query)?.[1];
    switch (op) {
      case 'Stats':
        return answer(route, { stats: { persons: n, countries: 0, organizations: 0, treaties: 0, statements: 0, articles: n, firstDate: '2025-01-01', lastDate: '2025-06-01', sampleData: false }, topEntities: [] });
      case 'Search':
        return answer(route, { search: [{ id: anchor.id, kind: anchor.kind, name: anchor.label, aliases: [], mentionCount: anchor.weight }] });
      case 'Neighborhood':
        return answer(route, { neighborhood: graph });
      case 'EntityDetails':
        return answer(route, { entity: null });
      case 'TimelineStatements':
        return answer(route, { relationStatements: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } });
      default:
        return answer(route, null);
    }
  });
}

/**
 * Opens the explorer, picks the search result and returns the milliseconds from the click to the settled layout (nodes and
 * viewport at rest: `#graph[data-layout=settled]`) and to the first frame drawn after it (two animation frames later).
 */
async function timePick(page: Page, base: string, n: number, webgl: boolean): Promise<{ settled: number; drawn: number }> {
  await routeSynthetic(page, n);
  await page.goto(`${base}${webgl ? '?gl=1' : ''}`);
  await page.waitForSelector('.overview');
  const renderer = await page.locator('#graph').getAttribute('data-renderer');
  if (renderer !== (webgl ? 'webgl' : 'canvas')) throw new Error(`bench:web: expected the ${webgl ? 'webgl' : 'canvas'} renderer, the page has ${renderer}`);
  await page.keyboard.press('/');
  await page.keyboard.type('Cou');
  const hit = page.locator('#search-results .search-hit').first();
  await hit.waitFor();
  // Sent as source text: tsx's helpers (__name) do not exist in the page.
  await page.evaluate(`(() => {
    const graph = document.getElementById('graph');
    document.addEventListener('click', () => (window.__t0 = performance.now()), { capture: true, once: true });
    new MutationObserver(() => {
      if (graph.dataset.layout === 'settled' && graph.dataset.layoutSeq !== '0' && !window.__t1) {
        window.__t1 = performance.now();
        requestAnimationFrame(() => requestAnimationFrame(() => (window.__t2 = performance.now())));
      }
    }).observe(graph, { attributes: true });
  })()`);
  await hit.click();
  await page.waitForFunction(() => (window as unknown as { __t2?: number }).__t2, null, { timeout: 600_000, polling: 50 });
  const count = await page.evaluate(() => (window as unknown as { diplograph: { nodeCount(): number } }).diplograph.nodeCount());
  if (count !== n) throw new Error(`bench:web: expected ${n} nodes, the view has ${count}`);
  return page.evaluate(() => {
    const w = window as unknown as { __t0: number; __t1: number; __t2: number };
    return { settled: w.__t1 - w.__t0, drawn: w.__t2 - w.__t0 };
  });
}

/**
 * Gets the page ready for a frame count: the timeline dock has loaded the view's statements (its requests would run during
 * the count) and the whole graph is fitted in the view again (the zoom decides how much is drawn).
 */
async function readyToCount(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('dock-timeline')?.dataset.phase !== 'loading', null, { timeout: 120_000, polling: 100 });
  await page.locator('[data-command=fit]').click();
  await page.waitForTimeout(600);
}

/** Counts animation frames in the page until `stop()`; returns frames per second. */
async function countFrames(page: Page, during: () => Promise<void>): Promise<number> {
  await page.evaluate(`(() => {
    window.__frames = 0;
    window.__counting = true;
    window.__start = performance.now();
    const step = () => {
      if (!window.__counting) return;
      window.__frames += 1;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  })()`);
  await during();
  return page.evaluate(`(() => {
    window.__counting = false;
    return (window.__frames * 1000) / (performance.now() - window.__start);
  })()`) as Promise<number>;
}

/**
 * Pans and zooms as a user does, with the mouse: drags on the background (from the canvas's left margin, which the fitted
 * graph leaves empty) and turns the wheel over the middle, for `ms`, and returns the frames per second the page managed.
 */
async function gestureFps(page: Page, ms: number): Promise<number> {
  await readyToCount(page);
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('bench:web: #graph has no box');
  const y = box.y + box.height / 2;
  const left = box.x + 12;
  const middle = { x: box.x + box.width / 2, y };
  const end = Date.now() + ms;
  return countFrames(page, async () => {
    for (let round = 0; Date.now() < end; round++) {
      const from = round % 2 === 0 ? left : left + 150;
      await page.mouse.move(from, y);
      await page.mouse.down();
      await page.mouse.move(round % 2 === 0 ? left + 150 : left, y + (round % 2 === 0 ? 40 : -40), { steps: 15 });
      await page.mouse.up();
      await page.mouse.move(middle.x, middle.y);
      for (let i = 0; i < 8; i++) await page.mouse.wheel(0, round % 2 === 0 ? -60 : 60);
    }
  });
}

/** Pans and zooms through the explorer's hook every frame (a full redraw per frame, no gesture shortcuts), for `ms`. */
async function redrawFps(page: Page, ms: number): Promise<number> {
  await readyToCount(page);
  // Sent as source text: tsx's helpers (__name) do not exist in the page.
  return page.evaluate(`new Promise((resolve) => {
    const hook = window.diplograph;
    let frames = 0;
    const start = performance.now();
    const step = (now) => {
      frames += 1;
      const phase = Math.floor((now - start) / 500) % 4;
      if (phase === 0) hook.panBy(6, 3);
      else if (phase === 1) hook.zoomAround(1.02);
      else if (phase === 2) hook.panBy(-6, -3);
      else hook.zoomAround(1 / 1.02);
      if (now - start < ${ms}) requestAnimationFrame(step);
      else resolve((frames * 1000) / (now - start));
    };
    requestAnimationFrame(step);
  })`) as Promise<number>;
}

function cpuMs(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The layout work of a pick on the same synthetic graphs, as process CPU time in Node (a figure a busy machine does not
 * inflate, unlike the browser's wall-clock times): the rings the page computes (web/src/graph/layouts/graphLayout.ts), and
 * fcose's force phase from those rings in the layout worker's headless Cytoscape, which the page runs up to REFINE_LIMIT nodes
 * only. The first run warms the JIT and is not counted.
 */
function layoutCpuMs(n: number): { rings: number; force: number } {
  const graph = syntheticGraph(n);
  const withLabels = n <= 400;
  const items = graph.nodes.map((d) => ({ id: d.id, weight: d.weight, ...layoutBox(d.weight, d.label, withLabels) }));
  const edges = graph.edges.map((e) => ({ source: e.source, target: e.target }));
  const anchor = (graph.nodes[0] as (typeof graph.nodes)[number]).id;
  let rings: Record<string, { x: number; y: number }> = {};
  const ringsMs = cpuMs(() => (rings = radialPlacement(items, edges, anchor, { x: 0, y: 0 })));
  const job = { nodes: items.map((it) => ({ id: it.id, w: it.w, h: it.h, ...(rings[it.id] as { x: number; y: number }) })), edges, fixed: [anchor], mode: 'refine' as const };
  return { rings: ringsMs, force: n <= 400 ? cpuMs(() => computeLayout(job)) : Number.NaN };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function main(): Promise<void> {
  layoutCpuMs(200);
  for (const n of SIZES) {
    const runs = [layoutCpuMs(n), layoutCpuMs(n), layoutCpuMs(n)];
    const force = median(runs.map((r) => r.force));
    console.log(
      `layout CPU (Node) ${String(n).padStart(5)} nodes: rings ${median(runs.map((r) => r.rings)).toFixed(1)} ms` +
        (Number.isNaN(force) ? '' : `; fcose force phase from the rings ${Math.round(force)} ms (the page runs it up to ${REFINE_LIMIT} nodes)`) +
        ` [load average ${os.loadavg()[0]?.toFixed(1)}]`,
    );
  }
  if (process.env.BENCH_LAYOUT_ONLY === '1') return;
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-bench-web-'));
  const web = path.join(PROJECT_ROOT, 'web');
  await build({ configFile: false, root: web, base: '/', publicDir: false, logLevel: 'warn', worker: { format: 'es' }, build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5_000, rolldownOptions: { input: { index: path.join(web, 'index.html') } } } });
  // The server needs an executor; the bench never reaches the database (its GraphQL answers are synthetic).
  const executor = createExecutor({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused', database: 'neo4j' });
  const server = await startHttpServer({ executor, webDistDir: outDir }, '127.0.0.1', 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  console.log(`bench:web: ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Chromium ${browser.version()}, viewport 1280×720, median of ${RUNS} runs`);
  try {
    const rows: string[] = [];
    for (const webgl of [false, true]) {
      for (const n of SIZES) {
        const times: { settled: number; drawn: number }[] = [];
        let fps = '';
        for (let run = 0; run < RUNS; run++) {
          const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
          times.push(await timePick(page, server.url, n, webgl));
          if (n === 2000 && run === 0) fps = `; pan/zoom with the mouse ${(await gestureFps(page, 5000)).toFixed(1)} fps, redrawn every frame ${(await redrawFps(page, 4000)).toFixed(1)} fps`;
          await page.close();
        }
        const settled = times.map((t) => t.settled);
        const drawn = times.map((t) => t.drawn);
        const line =
          `${webgl ? 'webgl ' : 'canvas'} ${String(n).padStart(5)} nodes: pick → settled layout ${Math.round(median(settled))} ms (runs ${settled.map((t) => Math.round(t)).join(', ')}), ` +
          `drawn ${Math.round(median(drawn))} ms${fps} [load average ${os.loadavg()[0]?.toFixed(1)}]`;
        console.log(line);
        rows.push(line);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await executor.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
