import { afterAll, beforeAll } from 'vitest';
import type { Executor } from '../../api/src/db/executor';
import { startHttpServer, type RunningServer } from '../../api/src/server/index';

/** A GraphQL response as the server sent it. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } }>;
}

/** Sends one operation over HTTP to a server's /graphql and returns the status and the decoded body. */
export async function postGraphQL<T = Record<string, unknown>>(
  baseUrl: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(new URL('/graphql', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

/** A client of a real server started for one test file (loopback, free port), stopped after it. */
export interface GraphQLTestClient {
  /** Runs an operation and returns `data`; throws with the errors when there are any. */
  data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Runs an operation and returns the whole response. */
  raw<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  url(): string;
}

/** Starts the real HTTP server (Apollo at /graphql) on `executor` before the file's tests and stops it after them. */
export function useGraphQLServer(executor: () => Executor): GraphQLTestClient {
  let http: RunningServer | null = null;
  beforeAll(async () => {
    http = await startHttpServer({ executor: executor() }, '127.0.0.1', 0);
  });
  afterAll(async () => {
    await http?.close();
  });
  const url = () => {
    if (!http) throw new Error('graphqlClient: the server is not started yet; call the client inside a test');
    return http.url;
  };
  return {
    url,
    raw: (query, variables) => postGraphQL(url(), query, variables),
    data: async (query, variables) => {
      const res = await postGraphQL(url(), query, variables);
      if (res.errors?.length || !res.data) throw new Error(`graphqlClient: ${res.status} ${JSON.stringify(res.errors)}`);
      return res.data as any;
    },
  };
}
