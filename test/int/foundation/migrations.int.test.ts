import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from '../../../api/src/db/migrate';
import { MigrationError } from '../../../api/src/errors/index';
import { getTestExecutor } from '../../_utils/testDb';

async function schemaSnapshot() {
  const executor = getTestExecutor();
  const constraints = await executor.read<{ name: string }>({ cypher: 'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name' });
  const indexes = await executor.read<{ name: string }>({ cypher: 'SHOW INDEXES YIELD name RETURN name ORDER BY name' });
  const applied = await executor.read<{ id: string }>({ cypher: 'MATCH (m:__Migration) RETURN m.id AS id ORDER BY id' });
  return { constraints: constraints.map((r) => r.name), indexes: indexes.map((r) => r.name), applied: applied.map((r) => r.id) };
}

describe('migration runner', () => {
  it('has applied every migration file once, at harness start', async () => {
    const ids = readMigrations(MIGRATIONS_DIR).map((m) => m.id);
    expect(ids[0]).toBe('001_constraints');
    const snapshot = await schemaSnapshot();
    expect(snapshot.applied).toEqual(ids);
    for (const label of ['article', 'person', 'country', 'organization', 'treaty', 'statement']) {
      expect(snapshot.constraints).toContain(`${label}_id`);
    }
    expect(snapshot.indexes).toEqual(expect.arrayContaining(['entity_names', 'statement_said_at', 'article_published_at']));
  });

  it('changes nothing when run again', async () => {
    const before = await schemaSnapshot();
    const report = await applyMigrations(getTestExecutor(), readMigrations(MIGRATIONS_DIR));
    expect(report.applied).toEqual([]);
    expect(report.skipped).toEqual(before.applied);
    expect(await schemaSnapshot()).toEqual(before);
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-migrations-'));
    try {
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      appendFileSync(path.join(dir, '001_constraints.cypher'), '\n// an edit\n');
      await expect(applyMigrations(getTestExecutor(), readMigrations(dir))).rejects.toThrow(MigrationError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
