import { readFile } from 'node:fs/promises';
import { readArticles, type ArticleFormat } from '../source/index';
import type { IngestInput } from './expandInputs';
import type { SourceChunk } from './ingestChunks';

/** Options for reading inputs. */
export interface ReadOptions {
  format?: ArticleFormat;
  publishedAt?: string | null;
  stdin?: NodeJS.ReadableStream;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(typeof part === 'string' ? Buffer.from(part) : (part as Buffer));
  return Buffer.concat(parts);
}

/** Reads inputs one at a time into chunks of articles, so memory holds one file's articles at once; unreadable files and records become failures. */
export async function* readInputs(inputs: readonly IngestInput[], options: ReadOptions = {}): AsyncGenerator<SourceChunk> {
  for (const input of inputs) {
    const file = input.kind === 'file' ? input.path : '-';
    let buffer: Buffer;
    try {
      buffer = input.kind === 'file' ? await readFile(input.path) : await readStream(options.stdin ?? process.stdin);
    } catch (err) {
      yield { articles: [], failures: [{ file, line: null, articleId: null, reason: `ingest: cannot read (${err instanceof Error ? err.message : String(err)})` }], bytes: 0 };
      continue;
    }
    const result = readArticles({ buffer, fileName: file, format: options.format, publishedAt: options.publishedAt ?? null });
    yield {
      articles: result.articles,
      failures: result.issues.map((issue) => ({ file: issue.origin.file ?? file, line: issue.origin.line, articleId: null, reason: issue.message })),
      bytes: input.kind === 'file' ? input.bytes : buffer.length,
    };
  }
}
