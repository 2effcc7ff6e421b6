import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** One input to read: a file with its size, or standard input. */
export type IngestInput = { kind: 'file'; path: string; bytes: number } | { kind: 'stdin' };

const GLOB_CHARS = /[*?[{]/;
// Files a folder walk reads; anything else in a folder (images, lock files) is left alone. Explicit file arguments are always read.
const ARTICLE_EXTENSIONS = new Set(['.txt', '.json', '.jsonl', '.ndjson', '.html', '.htm', '.xml', '.rss', '.atom']);

/** Turns a glob (`*`, `**`, `?`, `{a,b}`, `[abc]`) into an anchored regular expression over `/`-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${glob.slice(i + 1, close).split(',').map(escapeRegExp).join('|')})`;
        i = close;
      }
    } else if (c === '[') {
      const close = glob.indexOf(']', i);
      if (close < 0) out += '\\[';
      else {
        out += glob.slice(i, close + 1);
        i = close;
      }
    } else out += escapeRegExp(c);
  }
  return new RegExp(`^${out}$`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
}

/**
 * Expands command-line arguments into inputs: files as given, folders walked recursively (article extensions only), globs matched
 * against a walk of their fixed prefix, and `-` for stdin. Returns the inputs in a stable order and one message per argument that matched nothing.
 */
export function expandInputs(args: readonly string[], cwd = process.cwd()): { inputs: IngestInput[]; problems: string[] } {
  const inputs: IngestInput[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const addFile = (file: string) => {
    const full = path.resolve(cwd, file);
    if (seen.has(full)) return;
    seen.add(full);
    inputs.push({ kind: 'file', path: full, bytes: statSync(full).size });
  };
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin' });
      continue;
    }
    if (GLOB_CHARS.test(arg)) {
      const normalized = arg.split(path.sep).join('/');
      const parts = normalized.split('/');
      const fixed: string[] = [];
      for (const part of parts) {
        if (GLOB_CHARS.test(part)) break;
        fixed.push(part);
      }
      const base = path.resolve(cwd, fixed.join('/') || '.');
      const pattern = globToRegExp(path.resolve(cwd, normalized).split(path.sep).join('/'));
      const files: string[] = [];
      try {
        walk(base, files);
      } catch {
        // A missing base folder simply matches nothing.
      }
      const matched = files.filter((f) => pattern.test(f.split(path.sep).join('/')));
      if (matched.length === 0) problems.push(`ingest: ${arg} matched no files`);
      matched.forEach(addFile);
      continue;
    }
    let stat;
    try {
      stat = statSync(path.resolve(cwd, arg));
    } catch {
      problems.push(`ingest: ${arg} does not exist; give a file, a folder, a glob or - for stdin`);
      continue;
    }
    if (stat.isDirectory()) {
      const files: string[] = [];
      walk(path.resolve(cwd, arg), files);
      const articles = files.filter((f) => ARTICLE_EXTENSIONS.has(path.extname(f).toLowerCase()));
      if (articles.length === 0) problems.push(`ingest: folder ${arg} holds no article files (${[...ARTICLE_EXTENSIONS].join(' ')})`);
      articles.forEach(addFile);
    } else addFile(arg);
  }
  return { inputs, problems };
}
