import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, globToRegExp } from '../../../api/src/ingest/expandInputs';

describe('expandInputs', () => {
  it('translates globs', () => {
    expect(globToRegExp('/a/**/*.json').test('/a/b/c/x.json')).toBe(true);
    expect(globToRegExp('/a/**/*.json').test('/a/x.json')).toBe(true);
    expect(globToRegExp('/a/*.{txt,html}').test('/a/x.html')).toBe(true);
    expect(globToRegExp('/a/*.txt').test('/a/b/x.txt')).toBe(false);
  });

  it('expands files, folders (article extensions only), globs and stdin, and reports arguments that match nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'expand-'));
    mkdirSync(join(dir, 'sub'));
    for (const f of ['a.txt', 'sub/b.json', 'sub/c.jsonl', 'sub/notes.pdf']) writeFileSync(join(dir, f), 'x');
    const { inputs, problems } = expandInputs([dir, `${dir}/sub/*.json*`, '-', `${dir}/nope.txt`, `${dir}/*.xml`]);
    expect(inputs).toEqual([
      { kind: 'file', path: join(dir, 'a.txt'), bytes: 1 },
      { kind: 'file', path: join(dir, 'sub/b.json'), bytes: 1 },
      { kind: 'file', path: join(dir, 'sub/c.jsonl'), bytes: 1 },
      { kind: 'stdin' },
    ]);
    expect(problems).toEqual([`ingest: ${dir}/nope.txt does not exist; give a file, a folder, a glob or - for stdin`, `ingest: ${dir}/*.xml matched no files`]);
  });
});
