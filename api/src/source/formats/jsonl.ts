import type { BuildOptions } from '../buildArticle';
import type { SourceResult } from '../types';
import { readRecord } from './record';

/** Reads JSON Lines, one article object per line; a malformed line gives an issue naming its line number and the other lines are still read. */
export function readJsonl(text: string, options: BuildOptions): SourceResult {
  const result: SourceResult = { articles: [], issues: [] };
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (!trimmed) return;
    const origin = { file: options.file, line };
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      result.issues.push({ kind: 'malformed-jsonl', message: `source: line ${line} is not valid JSON (${reason}); skipped`, span: null, origin });
      return;
    }
    const { article, issue } = readRecord(value, options, line);
    if (article) result.articles.push(article);
    if (issue) result.issues.push({ ...issue, origin });
  });
  return result;
}
