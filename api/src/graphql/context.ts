import type { Executor } from '../db/executor';
import type { Logger } from '../log/logger';
import type { RequestAuth } from './auth';
import { createLoaders, type Loaders } from './loaders';

/** What every resolver receives: the one executor, and per-request state built by the server for each request. */
export interface GraphQLContext {
  executor: Executor;
  /** This request's DataLoaders (loaders.ts): nested fields batch into one query each. */
  loaders: Loaders;
  /** What this request may do, from its Authorization header (see auth.ts); mutations check it before they run. */
  auth: RequestAuth;
  /** Who is acting, for the audit entries of curation mutations. */
  actor: string;
  /** The process logger; a silent one in tests. */
  logger: Logger;
}

/** What `buildContext` needs from the request and the server. */
export interface ContextInput {
  executor: Executor;
  auth: RequestAuth;
  logger: Logger;
  /** The client's address, for the audit trail. */
  remoteAddress: string | undefined;
}

/** Builds one request's context; called by the server for every GraphQL request, after the read key (if any) was checked. */
export function buildContext(input: ContextInput): GraphQLContext {
  return {
    executor: input.executor,
    loaders: createLoaders(input.executor),
    auth: input.auth,
    actor: `api@${input.remoteAddress ?? 'unknown'}`,
    logger: input.logger,
  };
}
