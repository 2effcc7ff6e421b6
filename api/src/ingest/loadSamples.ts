import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/index';
import type { Executor } from '../db/executor';
import type { IngestOutcome } from './types';

/** The sample corpus folder that `npm start` loads into an empty database. */
export const SAMPLES_DIR = path.join(PROJECT_ROOT, 'samples');

const ANY_ARTICLE = 'MATCH (a:Article) RETURN a.id AS id LIMIT 1';

/**
 * Ingests the sample corpus when the database holds no Article, logging one line before and after; does nothing otherwise,
 * so a restart never reloads or duplicates it. Returns the ingest outcome, or null when it skipped.
 */
export async function loadSamplesIfEmpty(executor: Executor, log: (line: string) => void, dir = SAMPLES_DIR): Promise<IngestOutcome | null> {
  const any = await executor.read({ cypher: ANY_ARTICLE }, 'samples-check');
  if (any.length > 0 || !existsSync(dir)) return null;
  // The pipeline (extraction included) is loaded only when there is something to load, so a restart starts quickly.
  const [{ expandInputs }, { ingestChunks }, { readInputs }] = await Promise.all([import('./expandInputs'), import('./ingestChunks'), import('./readInputs')]);
  const { inputs } = expandInputs([dir]);
  log(`samples: the database is empty; loading ${inputs.length} sample files from ${path.relative(PROJECT_ROOT, dir) || dir}`);
  const outcome = await ingestChunks(executor, readInputs(inputs));
  const r = outcome.report;
  log(
    outcome.phase === 'done'
      ? `samples: loaded ${r.articlesNew} articles (${r.entitiesCreated} entities, ${r.statementsWritten} statements, ${r.articlesFailed} failed) in ${(r.elapsedMs / 1000).toFixed(1)} s`
      : `samples: loading stopped: ${outcome.reason}`,
  );
  return outcome;
}
