import express, { type Express } from 'express';
import type { Executor } from '../db/executor';
import type { Logger } from '../log/logger';
import { healthzHandler } from './healthz';
import { requestLog } from './requestLog';

/** What the HTTP app needs from the rest of the process. */
export interface AppContext {
  executor: Executor;
  /** Request log; none in tests. */
  logger?: Logger;
}

/** Builds the Express 5 app (the framework Apollo Server runs on through @as-integrations/express5): health now, GraphQL and the web client later. */
export function createApp(ctx: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  if (ctx.logger) app.use(requestLog(ctx.logger));
  app.get('/healthz', healthzHandler(ctx.executor));
  app.get('/', (_req, res) => {
    res.type('text/plain').send('Diplograph API is running. Health: /healthz\n');
  });
  return app;
}
