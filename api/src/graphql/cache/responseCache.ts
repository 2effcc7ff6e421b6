import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { Executor } from '../../db/executor';
import { readGraphVersion } from '../../query/index';
import type { GraphQLContext } from '../context';
import { GraphVersionClock } from './graphVersionClock';

// Entries are keyed by the graph's version token, so they never go stale while the token stands; the age bound only lets
// entries of a busy, never-written graph make room in time for new questions (the LRU bound does the rest).
const MAX_AGE_SECONDS = 3600;
// How long a version token read from Neo4j is trusted. Writes of this process (mutations, the samples at start-up) forget it
// at once through the executor; a write by another process (the CLI's ingest, a second server) is seen at most this late.
export const VERSION_RECHECK_MS = 100;

/**
 * The plugins of the response cache: whole query responses kept in memory (Apollo's response-cache plugin over an LRU of
 * `maxBytes`), keyed by the query text, operation name, variables and the graph's version token. Any write changes the
 * token: one through `executor` (this process's mutations, any write sharing its pool) is seen by the next request, one by
 * another process within `VERSION_RECHECK_MS`. Only complete answers without errors are kept; mutations are never cached.
 * Parsing, validation and the query limits still run for every request. `maxBytes` 0: no cache, every request runs its
 * queries.
 *
 * Apollo's cache-control plugin is off either way: the schema sets no cache hints, so every answer's policy is the one
 * default age, and that plugin's hook on every resolved field (a third of the API process's CPU for a 200-node neighbourhood)
 * only worked that out again. `constantCachePolicy` sets it once per request.
 */
export function responseCachePlugins(maxBytes: number, executor: Executor): ApolloServerPlugin<GraphQLContext>[] {
  if (maxBytes <= 0) return [ApolloServerPluginCacheControlDisabled()];
  const clock = new GraphVersionClock(() => readGraphVersion(executor), VERSION_RECHECK_MS);
  const versions = new WeakMap<GraphQLContext, string | null>();
  const hasVersion = async ({ contextValue }: { contextValue: GraphQLContext }) => versions.get(contextValue) != null;
  return [
    // Every field is cacheable; Cache-Control headers stay those of the server's own policy (api/src/server).
    ApolloServerPluginCacheControlDisabled(),
    constantCachePolicy(MAX_AGE_SECONDS),
    responseCachePlugin<GraphQLContext>({
      cache: new InMemoryLRUCache({ maxSize: maxBytes }),
      extraCacheKeyData: async ({ contextValue }) => {
        const version = await clock.current();
        versions.set(contextValue, version);
        return version;
      },
      shouldReadFromCache: hasVersion,
      shouldWriteToCache: hasVersion,
    }),
    {
      async serverWillStart() {
        const stopListening = executor.onCommittedWrite(() => clock.invalidate());
        return {
          async serverWillStop() {
            stopListening();
          },
        };
      },
      async requestDidStart() {
        return {
          // A mutation that failed half-way may still have committed some batches: forget the token in any case.
          async willSendResponse({ operation }) {
            if (operation?.operation === 'mutation') clock.invalidate();
          },
        };
      },
    },
  ];
}

/**
 * What Apollo's cache-control plugin computes with `defaultMaxAge: maxAgeSeconds` for a schema without cache hints (every
 * answer public for that long), set once per operation instead of from a hook on every field; sets no HTTP header.
 */
export function constantCachePolicy(maxAgeSeconds: number): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ overallCachePolicy }) {
          overallCachePolicy.restrict({ maxAge: maxAgeSeconds });
        },
      };
    },
  };
}
