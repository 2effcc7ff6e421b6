import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { warmUp } from '../../../api/src/server/warmUp';
import { useApiCorpus } from '../../_utils/apiCorpus';
import { startApiServer } from '../../_utils/apiServer';
import type { RunningServer } from '../../../api/src/server/index';

useApiCorpus();
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
});
const silent = pino({ level: 'silent' });

describe('serve warm-up', () => {
  it("asks the explorer's first four questions without an error", async () => {
    const http = await startApiServer();
    servers.push(http);
    expect(await warmUp(`${http.url}graphql`, null, silent)).toBe(4);
  });

  it('sends the read key when one is configured, and stops quietly without it', async () => {
    const http = await startApiServer({ api: { readKey: 'warm-read-key' } });
    servers.push(http);
    expect(await warmUp(`${http.url}graphql`, 'warm-read-key', silent)).toBe(4);
    expect(await warmUp(`${http.url}graphql`, null, silent)).toBe(0);
  });
});
