import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The longest run of consecutive words one sample shares with the real texts under /work/shared. */
export interface SharedOverlap {
  where: string;
  words: number;
  excerpt: string;
}

function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every text in the shared reference folder: the article texts of `corpus/*.jsonl` and the seed files. */
function readSharedTexts(sharedDir: string): string[] {
  const texts: string[] = [];
  const corpus = path.join(sharedDir, 'corpus');
  if (existsSync(corpus)) {
    for (const f of readdirSync(corpus).filter((name) => name.endsWith('.jsonl'))) {
      for (const line of readFileSync(path.join(corpus, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const record = JSON.parse(line) as Record<string, unknown>;
        for (const key of ['title', 'subtitle', 'text']) if (typeof record[key] === 'string') texts.push(record[key]);
      }
    }
  }
  const seeds = path.join(sharedDir, 'seeds');
  if (existsSync(seeds)) for (const f of readdirSync(seeds)) texts.push(readFileSync(path.join(seeds, f), 'utf8'));
  return texts;
}

/**
 * Finds, for each sample, the longest word run of at least `minWords` words that also occurs in the shared real texts, so copied
 * sentences are caught; returns an empty list when the shared folder is absent (the check then only covers format and size).
 */
export function findSharedOverlap(samples: ReadonlyArray<{ where: string; text: string }>, sharedDir: string, minWords: number): SharedOverlap[] {
  const shingles = new Set<string>();
  for (const text of readSharedTexts(sharedDir)) {
    const words = tokenize(text);
    for (let i = 0; i + minWords <= words.length; i++) shingles.add(words.slice(i, i + minWords).join(' '));
  }
  if (shingles.size === 0) return [];
  const overlaps: SharedOverlap[] = [];
  for (const sample of samples) {
    const words = tokenize(sample.text);
    let best = { start: 0, length: 0 };
    let runStart = -1;
    for (let i = 0; i + minWords <= words.length + 1; i++) {
      const hit = i + minWords <= words.length && shingles.has(words.slice(i, i + minWords).join(' '));
      if (hit && runStart < 0) runStart = i;
      if (!hit && runStart >= 0) {
        const length = i - runStart + minWords - 1;
        if (length > best.length) best = { start: runStart, length };
        runStart = -1;
      }
    }
    if (best.length > 0) overlaps.push({ where: sample.where, words: best.length, excerpt: words.slice(best.start, best.start + best.length).join(' ') });
  }
  return overlaps;
}
