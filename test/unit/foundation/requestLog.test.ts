import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { requestLog } from '../../../api/src/server/requestLog';

describe('requestLog', () => {
  it('logs method, path, status and duration once the response finishes', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const app = express();
    app.use(requestLog(pino({ base: null }, sink)));
    app.get('/ok', (_req, res) => void res.json({ ok: true }));
    app.get('/broken', (_req, res) => void res.status(503).end());
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as { port: number };
    await fetch(`http://127.0.0.1:${port}/ok?x=1`);
    await fetch(`http://127.0.0.1:${port}/broken`);
    await new Promise((r) => server.close(r));
    expect(lines.map(({ level, method, path, status, msg }) => ({ level, method, path, status, msg }))).toEqual([
      { level: 30, method: 'GET', path: '/ok', status: 200, msg: 'request' },
      { level: 40, method: 'GET', path: '/broken', status: 503, msg: 'request' },
    ]);
    expect(typeof lines[0]?.ms).toBe('number');
  });
});
