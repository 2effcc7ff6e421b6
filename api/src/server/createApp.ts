import express, { type Express } from 'express';
import type { Executor } from '../db/executor';
import { healthzHandler } from './healthz';

/** What the HTTP app needs from the rest of the process. */
export interface AppContext {
  executor: Executor;
}

/** Builds the Express 5 app (the framework Apollo Server runs on through @as-integrations/express5): health now, GraphQL and the web client later. */
export function createApp(ctx: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', healthzHandler(ctx.executor));
  app.get('/', (_req, res) => {
    res.type('text/plain').send('Diplograph API is running. Health: /healthz\n');
  });
  return app;
}
