import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppContext } from './createApp';

/** A listening HTTP server and its public URL. */
export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Starts the HTTP server on host:port (port 0 picks a free one) and resolves once it listens; rejects with a one-line fix when the port is taken. */
export function startHttpServer(ctx: AppContext, host: string, port: number): Promise<RunningServer> {
  const app = createApp(ctx);
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'EADDRINUSE' ? new Error(`serve: port ${port} on ${host} is already in use; set PORT to a free port`) : err);
    });
    server.once('listening', () => {
      const address = server.address() as AddressInfo;
      const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      resolve({
        server,
        url: `http://${shownHost}:${address.port}/`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

export { createApp };
export { checkHealth } from './healthz';
export type { HealthReport } from './healthz';
