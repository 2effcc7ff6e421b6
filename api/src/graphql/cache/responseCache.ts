import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
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
 * Parsing, validation and the query limits still run for every request. `maxBytes` 0: no plugins, every request runs its
 * queries.
 */
export function responseCachePlugins(maxBytes: number, executor: Executor): ApolloServerPlugin<GraphQLContext>[] {
  if (maxBytes <= 0) return [];
  const clock = new GraphVersionClock(() => readGraphVersion(executor), VERSION_RECHECK_MS);
  const versions = new WeakMap<GraphQLContext, string | null>();
  const hasVersion = async ({ contextValue }: { contextValue: GraphQLContext }) => versions.get(contextValue) != null;
  return [
    // Every field is cacheable; Cache-Control headers stay those of the server's own policy (api/src/server).
    ApolloServerPluginCacheControl({ defaultMaxAge: MAX_AGE_SECONDS, calculateHttpHeaders: false }),
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
