import type { BuildOptions } from '../buildArticle';
import type { SourceResult } from '../types';
import { readRecord } from './record';

/** Reads a JSON document holding one article object or an array of them; invalid JSON gives one issue and no articles. */
export function readJson(text: string, options: BuildOptions): SourceResult {
  const origin = { file: options.file, line: null };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { articles: [], issues: [{ kind: 'invalid-json', message: `source: not valid JSON (${reason})`, span: null, origin }] };
  }
  const records = Array.isArray(value) ? value : [value];
  const result: SourceResult = { articles: [], issues: [] };
  records.forEach((record, index) => {
    const { article, issue } = readRecord(record, options, null);
    if (article) result.articles.push(article);
    if (issue) result.issues.push({ ...issue, message: Array.isArray(value) ? `${issue.message} (array item ${index + 1})` : issue.message, origin });
  });
  return result;
}
