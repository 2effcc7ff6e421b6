import type { Executor } from '../db/executor';

const STORED_HASHES = `
MATCH (a:Article) WHERE a.id IN $ids
RETURN a.id AS id, a.contentHash AS contentHash`;

/** Reads the content hash stored for each of `ids` that exists (one indexed read), so unchanged articles are skipped before extraction. */
export async function readStoredHashes(executor: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await executor.read<{ id: string; contentHash: string | null }>({ cypher: STORED_HASHES, params: { ids } }, 'stored-hashes');
  return new Map(rows.filter((r) => r.contentHash).map((r) => [r.id, r.contentHash!]));
}
