import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MigrationError } from '../errors/index';
import type { Executor } from './executor';

/** One numbered migration file. */
export interface Migration {
  id: string;
  statements: string[];
  checksum: string;
}

/** What `applyMigrations` did. */
export interface MigrationReport {
  applied: string[];
  skipped: string[];
}

const FILE_PATTERN = /^(\d{3})_[a-z0-9_]+\.cypher$/;

/** How long one migration statement may run: backfills over 50,000 articles take minutes on a small machine. */
export const MIGRATION_TIMEOUT_MS = 60 * 60_000;

/** Reads `NNN_name.cypher` files from a folder in number order; each file holds `;`-separated statements and `//` comments. */
export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir)
    .filter((f) => FILE_PATTERN.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const statements = text
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      return { id: file.replace(/\.cypher$/, ''), statements, checksum: createHash('sha256').update(text).digest('hex').slice(0, 16) };
    });
}

const APPLIED = `MATCH (m:__Migration) RETURN m.id AS id, m.checksum AS checksum`;
const RECORD = `MERGE (m:__Migration {id: $id}) SET m.checksum = $checksum, m.appliedAt = datetime()`;

/**
 * Applies the migrations not yet recorded in the database, in order, exactly once each, and records them as
 * `(:__Migration {id, checksum, appliedAt})`. Running it again changes nothing. Throws when an applied file was edited.
 */
export async function applyMigrations(executor: Executor, migrations: Migration[]): Promise<MigrationReport> {
  await executor.autoCommit({ cypher: 'CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:__Migration) REQUIRE m.id IS UNIQUE' });
  const rows = await executor.read<{ id: string; checksum: string }>({ cypher: APPLIED }, 'migrations');
  const done = new Map(rows.map((r) => [r.id, r.checksum]));
  const report: MigrationReport = { applied: [], skipped: [] };
  for (const migration of migrations) {
    const seen = done.get(migration.id);
    if (seen !== undefined) {
      if (seen !== migration.checksum) {
        throw new MigrationError(`migrate: ${migration.id} was edited after it was applied; add a new numbered migration instead of changing an applied one`);
      }
      report.skipped.push(migration.id);
      continue;
    }
    // Schema commands cannot share a transaction with data writes, so each runs on its own; all use IF NOT EXISTS. A backfill
    // (`CALL { … } IN TRANSACTIONS`) commits batch by batch but its outer transaction lasts as long as the whole run, so it gets
    // far more than the timeout of ordinary writes; each backfill is written to be safe to run again after an interruption.
    for (const statement of migration.statements) await executor.autoCommit({ cypher: statement }, executor.database, MIGRATION_TIMEOUT_MS);
    await executor.write({ cypher: RECORD, params: { id: migration.id, checksum: migration.checksum } }, 'migrations');
    report.applied.push(migration.id);
  }
  return report;
}

/** The migrations folder of this repository. */
export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'graph-schema', 'migrations');
