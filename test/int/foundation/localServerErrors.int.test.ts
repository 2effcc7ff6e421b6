import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Neo4jSetupError, neo4jLayout, serverStatus, startServer } from '../../../api/src/neo4j/index';
import { testNeo4j } from '../../_utils/testDb';

describe('local server start-up errors', () => {
  const homes: string[] = [];
  afterEach(() => {
    for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
  });

  it.runIf(testNeo4j().local !== null)('a busy Bolt port gives a one-line error naming NEO4J_BOLT_PORT, and leaves no process', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    const home = mkdtempSync(path.join(os.tmpdir(), 'diplograph-busy-'));
    homes.push(home);
    const layout = neo4jLayout(home, testNeo4j().local!.lib);
    try {
      const attempt = startServer(layout, { boltPort: port, heap: '256m', pageCache: '64m', startTimeoutMs: 30_000 });
      await expect(attempt).rejects.toThrow(Neo4jSetupError);
      await expect(attempt).rejects.toThrow(`neo4j: port ${port} is already in use; stop what uses it or set NEO4J_BOLT_PORT to a free port`);
      expect(serverStatus(layout)).toEqual({ phase: 'stopped' });
    } finally {
      blocker.close();
    }
  });
});
