// Builds the web pages (vite build → web/dist) only when web/dist is missing or older than what it is built from,
// so `npm start` and `npm test` work on a fresh clone and cost nothing when the build is current.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DIST = path.join(ROOT, 'web', 'dist');
const STAMP = path.join(DIST, '.built');
const SOURCES = ['web', 'graph-schema/examples', 'vite.config.ts', 'package-lock.json'].map((p) => path.join(ROOT, p));

/** The newest modification time under `target` (a file or a folder walked recursively), web/dist and node_modules excluded. */
function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    const child = path.join(target, entry);
    if (child === DIST || entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(child));
  }
  return newest;
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
const sources = Math.max(...SOURCES.map(newestMtime));
if (built > 0 && built >= sources && process.env.DIPLOGRAPH_FORCE_BUILD !== '1') {
  process.exit(0);
}
process.stderr.write(built ? 'build: web sources changed; rebuilding web/dist (vite build)…\n' : 'build: web/dist is missing; building it (vite build)…\n');
const started = Date.now();
const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
if (result.status !== 0) {
  process.stderr.write('build: vite build failed; see the messages above\n');
  process.exit(result.status ?? 1);
}
writeFileSync(STAMP, new Date().toISOString());
process.stderr.write(`build: web/dist built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
