import type { Executor } from '../db/executor';

/** What every resolver receives: the one executor, and per-request state built by the server for each request. */
export interface GraphQLContext {
  executor: Executor;
}
