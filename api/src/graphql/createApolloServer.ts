import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Server } from 'node:http';
import type { Executor } from '../db/executor';
import type { Logger } from '../log/logger';
import { responseCachePlugins } from './cache/responseCache';
import type { GraphQLContext } from './context';
import { createFormatError } from './formatError';
import { QUERY_LIMITS, queryLimitProtection } from './limits';
import { resolvers } from './resolvers/index';
import { loadTypeDefs } from './schema';

/** How the GraphQL server is set up; `serve` fills it from the configuration. */
export interface ApolloOptions {
  logger: Logger;
  /** Whether the schema can be introspected (DIPLOGRAPH_INTROSPECTION). */
  introspection: boolean;
  /** Stack traces in error responses (NODE_ENV=development only). */
  development: boolean;
  /** The HTTP server, so that stopping waits for requests in flight. */
  httpServer?: Server;
  /** The one executor: the response cache reads the graph's version token through it. */
  executor: Executor;
  /** Response cache size in MiB (DIPLOGRAPH_RESPONSE_CACHE_MB); 0 turns it off. */
  responseCacheMb: number;
}

/**
 * Creates (but does not start) the Apollo Server 5 instance: the SDL of graph-schema/graphql with the resolver map, the query
 * limits, the mutation key check, the response cache (cache/), one error format, CSRF prevention on and no CDN landing page
 * (GraphiQL is served by the app).
 */
export function createApolloServer(options: ApolloOptions): ApolloServer<GraphQLContext> {
  const limits = queryLimitProtection();
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: options.introspection,
    csrfPrevention: true,
    // `serve` handles SIGINT/SIGTERM itself (HTTP, then the embedded Neo4j). Apollo's own handler would stop only Apollo and
    // then re-raise the signal, killing the process before Neo4j is stopped.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: options.development,
    hideSchemaDetailsFromClientErrors: !options.introspection,
    formatError: createFormatError(options.logger, options.development),
    validationRules: limits.validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    logger: options.logger,
    plugins: [
      ...limits.plugins,
      ...responseCachePlugins(options.responseCacheMb * 1024 * 1024, options.executor),
      mutationKeyPlugin(),
      ApolloServerPluginLandingPageDisabled(),
      ...(options.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer })] : []),
    ],
  });
}

/** Refuses a mutation before any resolver runs unless the request may write (see auth.ts). */
function mutationKeyPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'mutation' && contextValue.auth.phase === 'reader') throw contextValue.auth.writeRefusal;
        },
      };
    },
  };
}
