import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMigrations } from '../../../api/src/db/migrate';
import { neo4jJvmArgs } from '../../../api/src/neo4j/jvmArgs';
import { neo4jLayout } from '../../../api/src/neo4j/layout';
import { renderNeo4jConf } from '../../../api/src/neo4j/neo4jConf';
import { parseJavaMajor } from '../../../api/src/neo4j/prerequisites';
import { newPassword } from '../../../api/src/neo4j/password';

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "21" 2023-09-19', 21],
    ['command not found', null],
  ])('%s → %s', (text, major) => expect(parseJavaMajor(text)).toBe(major));
});

describe('renderNeo4jConf', () => {
  const conf = renderNeo4jConf(neo4jLayout('/h', '/lib'), { boltPort: 7700, pageCache: '256m' });
  it('binds Bolt to loopback on the chosen port without TLS, with HTTP and usage reports off', () => {
    const lines = conf.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'server.default_listen_address=127.0.0.1',
        'server.bolt.listen_address=127.0.0.1:7700',
        'server.bolt.tls_level=DISABLED',
        'server.http.enabled=false',
        'dbms.usage_report.enabled=false',
        'dbms.security.auth_enabled=true',
        'server.directories.data=/h/data',
        'server.directories.logs=/h/logs',
        'server.directories.run=/h/run',
        'server.memory.pagecache.size=256m',
      ]),
    );
  });
  it('uses no 4.x setting names', () => expect(conf).not.toMatch(/^dbms\.(connector|directories|memory)\./m));
});

describe('neo4jJvmArgs', () => {
  it('passes the launcher defaults and an explicit heap', () => {
    const args = neo4jJvmArgs('1g');
    expect(args.slice(0, 2)).toEqual(['-Xms512m', '-Xmx1g']);
    expect(args).toEqual(expect.arrayContaining(['--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED', '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED', '-Dio.netty.tryReflectionSetAccessible=true']));
    expect(neo4jJvmArgs('256m').slice(0, 2)).toEqual(['-Xms256m', '-Xmx256m']);
  });
});

describe('readMigrations', () => {
  it('reads numbered files in order, splits statements and drops comments', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mig-'));
    writeFileSync(path.join(dir, '002_b.cypher'), 'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x);\n');
    writeFileSync(path.join(dir, '001_a.cypher'), '// first\nCREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;\n\nCREATE INDEX a2 IF NOT EXISTS FOR (n:A) ON (n.y);\n');
    writeFileSync(path.join(dir, 'notes.txt'), 'ignored');
    const migrations = readMigrations(dir);
    expect(migrations.map((m) => [m.id, m.statements])).toEqual([
      ['001_a', ['CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE', 'CREATE INDEX a2 IF NOT EXISTS FOR (n:A) ON (n.y)']],
      ['002_b', ['CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x)']],
    ]);
    expect(migrations[0]?.checksum).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('newPassword', () => {
  it('never starts with a dash (the admin tool would take it for an option) and keeps its randomness', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const p = newPassword();
      expect(p).toMatch(/^[A-Za-z][A-Za-z0-9_-]{24}$/);
      seen.add(p);
    }
    expect(seen.size).toBe(2000);
  });
});
