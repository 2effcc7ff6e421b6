import compression from 'compression';
import express, { type Express } from 'express';
import type { Server } from 'node:http';
import path from 'node:path';
import pino from 'pino';
import { loadConfig, PROJECT_ROOT, type Config } from '../config/index';
import type { Executor } from '../db/executor';
import { isLoopbackHost } from '../graphql/auth';
import { createApolloServer } from '../graphql/createApolloServer';
import type { Logger } from '../log/logger';
import { graphqlRoute } from './graphqlRoute';
import { healthzHandler } from './healthz';
import { requestLog } from './requestLog';
import { securityHeaders } from './securityHeaders';
import { staticPages } from './staticPages';

/** What the HTTP app needs from the rest of the process. */
export interface AppContext {
  executor: Executor;
  /** Request and error log; a silent one when absent (tests). */
  logger?: Logger;
  /** Keys, limits and introspection; defaults to the built-in defaults (no keys), not to the environment. */
  config?: Readonly<Config>;
  /** Folder of the built web pages; defaults to web/dist. */
  webDistDir?: string;
}

/** The app and what must be stopped with it. */
export interface App {
  app: Express;
  /** Stops Apollo Server (after requests in flight when an HTTP server was given). */
  stop(): Promise<void>;
}

/** The folder `vite build` writes to. */
export const WEB_DIST_DIR = path.join(PROJECT_ROOT, 'web', 'dist');

/**
 * Builds the Express 5 app on one port: `/graphql` (Apollo Server 5), `/healthz`, `/graphiql`, `/` and the built assets.
 * `host` is the address the server listens on: with no DIPLOGRAPH_API_KEY, mutations are accepted only when it is loopback.
 */
export async function createApp(ctx: AppContext, host: string, httpServer?: Server): Promise<App> {
  const config = ctx.config ?? loadConfig({});
  const logger = ctx.logger ?? pino({ level: 'silent' });
  const apollo = createApolloServer({
    logger,
    introspection: config.api.introspection,
    development: config.development,
    httpServer,
    executor: ctx.executor,
    responseCacheMb: config.api.responseCacheMb,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  if (ctx.logger) app.use(requestLog(ctx.logger));
  app.use(securityHeaders());
  app.use(compression());
  app.get('/healthz', healthzHandler(ctx.executor));
  app.use(
    '/graphql',
    graphqlRoute({
      apollo,
      executor: ctx.executor,
      logger,
      policy: { apiKey: config.api.apiKey, readKey: config.api.readKey, loopbackOnly: isLoopbackHost(host) },
      maxBodyBytes: config.api.maxBodyBytes,
    }),
  );
  app.use(staticPages({ distDir: ctx.webDistDir ?? WEB_DIST_DIR }));
  return { app, stop: () => apollo.stop() };
}
