import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../../api/src/config/index';

declare module 'vitest' {
  export interface ProvidedContext {
    webDist: string;
  }
}

/**
 * Builds the explorer page (web/index.html only, no GraphiQL) into a temporary folder for the e2e tier, so the tests run the
 * production bundle under the server's CSP without touching web/dist, which `npm start` owns.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-e2e-web-'));
  const web = path.join(PROJECT_ROOT, 'web');
  const started = Date.now();
  await build({
    configFile: false,
    root: web,
    base: '/',
    publicDir: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5_000, rolldownOptions: { input: { index: path.join(web, 'index.html') } } },
  });
  console.log(`e2e: explorer built in ${((Date.now() - started) / 1000).toFixed(1)} s (${outDir})`);
  project.provide('webDist', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
