import { readFile } from 'node:fs/promises';
import { BadUserInputError } from '../errors/index';
import { extractArticle } from '../extract/index';
import type { ExtractionResult } from '../extract/types';
import { readArticles } from '../source/index';
import type { Article, ArticleFormat } from '../source/index';
import { normalizeDate } from '../source/normalizeDate';
import { say } from './runAction';

// Kept apart from the command files so that they can load it (and the whole extraction pipeline) only when run.

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

/** Reads the articles of a file (or stdin for "-"), printing source warnings to stderr; throws BadUserInputError when nothing is readable. */
export async function readArticleFile(command: string, file: string, format?: ArticleFormat, publishedAt?: string): Promise<Article[]> {
  let override: string | null = null;
  if (publishedAt !== undefined) {
    override = /^\d{4}-\d{2}-\d{2}$/.test(publishedAt) ? normalizeDate(publishedAt) : null;
    if (!override) throw new BadUserInputError(`${command}: --published-at "${publishedAt}" is not a date; use YYYY-MM-DD, e.g. --published-at 2024-05-16`);
  }
  let buffer: Buffer;
  try {
    buffer = file === '-' ? await readStdin() : await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? err);
    throw new BadUserInputError(`${command}: cannot read "${file}": ${reason}`);
  }
  const result = readArticles({ buffer, fileName: file === '-' ? null : file, format, publishedAt: override });
  for (const issue of result.issues) {
    const where = issue.origin.line ? `${file}:${issue.origin.line}` : file;
    say(`warning: ${where}: ${issue.message}`);
  }
  if (!result.articles.length) throw new BadUserInputError(`${command}: no article could be read from "${file}"${format ? ` as ${format}` : ''}`);
  return result.articles;
}

/** Extracts one article; an extraction that throws (a bug) is reported on stderr and gives null, so one article never stops a batch. */
export function extractSafely(article: Article): ExtractionResult | null {
  try {
    return extractArticle(article);
  } catch (err) {
    const where = article.origin.line ? ` (line ${article.origin.line})` : '';
    say(`error: article ${article.id}${where}: extraction failed: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}
