import type { Executor } from '../db/executor';
import { expandInputs } from './expandInputs';
import { ingestChunks, type IngestOptions } from './ingestChunks';
import { readInputs, type ReadOptions } from './readInputs';
import type { IngestOutcome } from './types';

export { expandInputs, globToRegExp, type IngestInput } from './expandInputs';
export { ingestChunks, type ArticleIngestOutcome, type IngestOptions, type SourceChunk } from './ingestChunks';
export { readInputs, type ReadOptions } from './readInputs';
export { loadSamplesIfEmpty, SAMPLES_DIR } from './loadSamples';
export type { IngestFailure, IngestOutcome, IngestReport } from './types';

/** Ingests files, folders, globs or `-` (stdin) end to end: read → extract → resolve → store; see ingestChunks. Throws only on misuse or a database refusal that is not an outage. */
export async function ingestPaths(
  executor: Executor,
  args: readonly string[],
  options: IngestOptions & ReadOptions & { onStart?: (bytesTotal: number) => void } = {},
): Promise<IngestOutcome & { problems: string[]; bytesTotal: number }> {
  const { inputs, problems } = expandInputs(args);
  const bytesTotal = inputs.reduce((sum, i) => sum + (i.kind === 'file' ? i.bytes : 0), 0);
  options.onStart?.(bytesTotal);
  const outcome = await ingestChunks(executor, readInputs(inputs, options), options);
  return { ...outcome, problems, bytesTotal };
}
