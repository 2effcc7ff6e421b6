import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import express, { type ErrorRequestHandler, type NextFunction, type Request, type Response, type Router } from 'express';
import type { Executor } from '../db/executor';
import { ErrorCode } from '../errors/index';
import { authorizeRequest, type AuthPolicy } from '../graphql/auth';
import { buildContext, type GraphQLContext } from '../graphql/context';
import type { Logger } from '../log/logger';

/** What the /graphql route needs. */
export interface GraphQLRouteOptions {
  apollo: ApolloServer<GraphQLContext>;
  executor: Executor;
  logger: Logger;
  policy: AuthPolicy;
  maxBodyBytes: number;
}

/**
 * The /graphql route: JSON body capped at `maxBodyBytes`, the read key checked before anything runs, then Apollo Server.
 * A browser opening /graphql by hand is sent to GraphiQL.
 */
export function graphqlRoute(options: GraphQLRouteOptions): Router {
  const router = express.Router();
  router.get('/', (req: Request, res: Response, next: NextFunction) => {
    if (Object.keys(req.query).length === 0 && req.accepts(['application/json', 'text/html']) === 'text/html') return res.redirect(302, '/graphiql');
    next();
  });
  router.use(express.json({ limit: options.maxBodyBytes, type: ['application/json', 'application/graphql-response+json'] }));
  // Express 5 leaves req.body unset for other content types; Apollo then answers them itself (CSRF prevention, 400).
  router.use((req: Request, _res: Response, next: NextFunction) => {
    if (!('body' in req) || req.body === undefined) (req as { body: unknown }).body = {};
    next();
  });
  router.use(
    expressMiddleware(options.apollo, {
      context: async ({ req }) => {
        const auth = authorizeRequest(options.policy, req.headers.authorization);
        if (auth.phase === 'refused') throw auth.error;
        return buildContext({ executor: options.executor, auth, logger: options.logger, remoteAddress: req.socket.remoteAddress });
      },
    }),
  );
  router.use(bodyErrorHandler(options.logger));
  return router;
}

// Errors raised before Apollo runs (body too large, malformed JSON) still answer in GraphQL's error shape, with a public code.
function bodyErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: { status?: number; type?: string; message?: string }, _req, res, next) => {
    if (res.headersSent) return next(err);
    const status = typeof err.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    let code = ErrorCode.BadRequest;
    let message = `http: ${err.message ?? 'bad request'}`;
    if (err.type === 'entity.too.large') {
      code = ErrorCode.PayloadTooLarge;
      message = 'http: the request body is larger than this server accepts (DIPLOGRAPH_MAX_BODY_BYTES); send fewer articles per ingestArticles call';
    } else if (err.type === 'entity.parse.failed') {
      message = 'http: the request body is not valid JSON';
    } else if (status === 500) {
      code = ErrorCode.Internal;
      message = 'Internal server error; the server log has the details';
      logger.error({ err }, 'http: request failed before GraphQL');
    }
    res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  };
}
