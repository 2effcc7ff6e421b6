import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppContext } from './createApp';

/** A listening HTTP server and its public URL. */
export interface RunningServer {
  server: Server;
  url: string;
  /** Stops accepting connections, lets requests in flight finish, and stops Apollo Server. */
  close(): Promise<void>;
}

/** Starts the HTTP server on host:port (port 0 picks a free one) and resolves once it listens; rejects with a one-line fix when the port is taken. */
export async function startHttpServer(ctx: AppContext, host: string, port: number): Promise<RunningServer> {
  const server = createServer();
  const { app, stop } = await createApp(ctx, host, server);
  server.on('request', app);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', (err: NodeJS.ErrnoException) => {
        reject(err.code === 'EADDRINUSE' ? new Error(`serve: port ${port} on ${host} is already in use; set PORT to a free port`) : err);
      });
      server.listen(port, host, () => resolve());
    });
  } catch (err) {
    await stop();
    throw err;
  }
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shownHost}:${address.port}/`,
    // Apollo's drain plugin closes the HTTP server and waits for requests in flight.
    close: () => stop(),
  };
}

export { createApp, WEB_DIST_DIR } from './createApp';
export type { AppContext, App } from './createApp';
export { checkHealth } from './healthz';
export type { HealthReport } from './healthz';
