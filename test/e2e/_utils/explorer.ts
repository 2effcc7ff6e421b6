import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { PROJECT_ROOT } from '../../../api/src/config/index';
import type { Executor } from '../../../api/src/db/executor';
import { ingestPaths } from '../../../api/src/ingest/index';
import { startHttpServer, type RunningServer } from '../../../api/src/server/index';
import type { Config } from '../../../api/src/config/index';
import { renameEntity } from '../../../api/src/store/curate/renameEntity';
import { clearGraph, getTestExecutor } from '../../_utils/testDb';

/** Debian's chromium (installed by .ci/run); CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet headless Chromium in a container. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Where journeys save their screenshots (git-ignored). */
export const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts', 'e2e');

/** The e2e corpus: five invented articles (Norway, Iceland, Chile, Argentina, and one full of markup). */
export const CORPUS = path.join(PROJECT_ROOT, 'test', 'fixtures', 'e2e', 'corpus.jsonl');

/** The markup the hostile-data journey plants in names and text. */
export const HOSTILE = '<img src=x onerror=alert(1)>';

/** A page of the explorer and what it logged. */
export interface ExplorerPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors, in order. */
  errors: string[];
  /** Dialogs (alert, confirm) that opened: any is a script the page should not have run. */
  dialogs: string[];
}

/** The running explorer for one test file: server URL, a way to open pages, and the executor. */
export interface ExplorerHarness {
  url(): string;
  executor(): Executor;
  /**
   * Opens a fresh page (1280×720) at `path`, collecting console errors and dialogs. `allowFailedRequests` ignores the
   * browser's own "Failed to load resource" lines (the API-down journey makes requests fail on purpose).
   */
  open(pathAndQuery?: string, options?: { allowFailedRequests?: boolean }): Promise<ExplorerPage>;
  /** Saves a screenshot of the page as test-artifacts/e2e/<name>.png and returns its path. */
  screenshot(p: ExplorerPage, name: string): Promise<string>;
}

/**
 * Before the file: empties the test Neo4j, ingests the e2e corpus (and gives one person a name full of markup) or the
 * corpus file `options.corpus` names, starts the real HTTP server on the freshly built explorer (with `options.config`,
 * e.g. an API key, when given), and launches Chromium. After each test, the test's pages must have logged
 * no console error and opened no dialog; after the file, everything stops.
 */
export function useExplorer(options: { corpus?: boolean | string; config?: Readonly<Config> } = {}): ExplorerHarness {
  let server: RunningServer | null = null;
  let browser: Browser | null = null;
  const pages: ExplorerPage[] = [];

  beforeAll(async () => {
    const executor = getTestExecutor();
    await clearGraph(executor);
    if (options.corpus !== false) {
      const outcome = await ingestPaths(executor, [typeof options.corpus === 'string' ? options.corpus : CORPUS]);
      if (outcome.phase !== 'done') throw new Error(`e2e: ingest of the corpus aborted: ${JSON.stringify(outcome.report)}`);
      if (typeof options.corpus !== 'string') await renameEntity(executor, 'person:duarte-meireles', `Duarte ${HOSTILE} Meireles`, 'e2e');
    }
    server = await startHttpServer({ executor, webDistDir: inject('webDist'), ...(options.config ? { config: options.config } : {}) }, '127.0.0.1', 0);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 480_000);

  afterEach(async (ctx) => {
    const open = pages.splice(0);
    if (ctx.task.result?.state === 'fail') {
      for (const [i, p] of open.entries()) await p.page.screenshot({ path: path.join(ARTIFACTS, `FAILED-${ctx.task.name.replace(/\W+/g, '-')}-${i}.png`) }).catch(() => {});
    }
    try {
      for (const p of open) {
        expect(p.dialogs, 'no dialog may open').toEqual([]);
        expect(p.errors, 'no console error').toEqual([]);
      }
    } finally {
      for (const p of open) await p.context.close();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const url = () => {
    if (!server) throw new Error('e2e: the server is not started yet');
    return server.url;
  };
  return {
    url,
    executor: () => getTestExecutor(),
    async open(pathAndQuery = '/', openOptions = {}) {
      if (!browser) throw new Error('e2e: the browser is not started yet');
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
      const page = await context.newPage();
      // The API answers in seconds when other work saturates the machine; a journey waits for it rather than failing.
      page.setDefaultTimeout(90_000);
      const p: ExplorerPage = { page, context, errors: [], dialogs: [] };
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        if (openOptions.allowFailedRequests && msg.text().startsWith('Failed to load resource')) return;
        p.errors.push(msg.text());
      });
      page.on('pageerror', (error) => p.errors.push(`pageerror: ${error.message}`));
      page.on('dialog', (dialog) => {
        p.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      pages.push(p);
      await page.goto(new URL(pathAndQuery, url()).toString());
      return p;
    },
    async screenshot(p, name) {
      const file = path.join(ARTIFACTS, `${name}.png`);
      await p.page.screenshot({ path: file });
      return file;
    },
  };
}

/** Waits until the graph has finished its layouts and holds at least `minNodes` nodes; returns the node count. */
export async function waitForGraph(page: Page, minNodes = 1): Promise<number> {
  await page.waitForFunction(
    (min) => {
      const graph = document.getElementById('graph');
      const summary = document.getElementById('graph-summary')?.textContent ?? '';
      const count = Number(/(\d+) entit/.exec(summary)?.[1] ?? 0);
      return graph?.dataset.layout === 'settled' && count >= min;
    },
    minNodes,
    { timeout: 90_000 },
  );
  return Number(/(\d+) entit/.exec((await page.textContent('#graph-summary')) ?? '')?.[1] ?? 0);
}

/** Types into the search box and picks the suggestion for `id`. */
export async function searchAndPick(page: Page, text: string, id: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(text);
  await page.locator(`#search-results [data-entity-id="${id}"]`).click();
}

/** The rendered position of a node in page coordinates (for clicking it on the canvas). */
export async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const pos = await page.evaluate((nodeId) => {
    const w = window as unknown as { diplograph?: { renderedPosition(id: string): { x: number; y: number } | null } };
    return w.diplograph?.renderedPosition(nodeId) ?? null;
  }, id);
  if (!pos) throw new Error(`e2e: node ${id} is not drawn`);
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('e2e: the graph container has no box');
  return { x: box.x + pos.x, y: box.y + pos.y };
}
