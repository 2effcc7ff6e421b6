import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Neo4jSetupError } from './errors';
import { runProcess } from './runProcess';
import type { Neo4jLayout } from './layout';

/** Reads the instance's generated password, or null when it has none yet. */
export function readPassword(layout: Neo4jLayout): string | null {
  if (!existsSync(layout.passwordFile)) return null;
  const value = readFileSync(layout.passwordFile, 'utf8').trim();
  return value === '' ? null : value;
}

/**
 * A new random password: 144 random bits in base64url after a letter. The letter matters: a base64url string starts with "-"
 * one time in 64, and Neo4j's admin tool then reads the password as an unknown option and fails.
 */
export function newPassword(): string {
  return `n${randomBytes(18).toString('base64url')}`;
}

/**
 * Gives a new instance a random password before its first start, with Neo4j's own admin tool
 * (`dbms set-initial-password`), and stores it mode 0600. An instance that already has one keeps it.
 */
export async function ensurePassword(layout: Neo4jLayout): Promise<string> {
  const existing = readPassword(layout);
  if (existing) return existing;
  if (existsSync(path.join(layout.data, 'databases', 'system'))) {
    throw new Neo4jSetupError(`neo4j: ${layout.passwordFile} is missing but the database already exists; restore the file, set NEO4J_PASSWORD, or wipe ${layout.home} to start afresh`);
  }
  const password = newPassword();
  const args = ['-cp', `${layout.conf}:${layout.lib}/*`, 'org.neo4j.server.startup.Neo4jAdminCommand', 'dbms', 'set-initial-password', password];
  const { code, output } = await runProcess('java', args, { NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf });
  if (code !== 0) {
    throw new Neo4jSetupError(`neo4j: setting the initial password failed (${output.trim().split('\n').pop() ?? 'no output'}); see ${layout.logs}`);
  }
  writeFileSync(layout.passwordFile, `${password}\n`, { mode: 0o600 });
  chmodSync(layout.passwordFile, 0o600);
  return password;
}
