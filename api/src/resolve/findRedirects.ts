import type { Executor } from '../db/executor';
import type { ExtractionResult } from '../extract/types';

const REDIRECTS = `
MATCH (r:EntityRedirect) WHERE r.id IN $ids
RETURN r.id AS id, r.to AS to`;

/** Every entity id an extraction uses (entities and references), for redirect lookup. */
export function entityIdsOf(extractions: readonly ExtractionResult[]): string[] {
  const ids = new Set<string>();
  for (const x of extractions) {
    for (const e of [...x.persons, ...x.countries, ...x.organizations, ...x.treaties]) ids.add(e.id);
    for (const s of x.statements) ids.add(s.speaker.id);
  }
  return [...ids];
}

/** Reads the manual-merge redirects (merged id → kept id) for `ids` in one indexed read; throws DatabaseUnavailableError / DatabaseError. */
export async function findRedirects(executor: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.read<{ id: string; to: string }>({ cypher: REDIRECTS, params: { ids } }, 'resolve-redirects');
  return new Map(rows.map((r) => [r.id, r.to]));
}
