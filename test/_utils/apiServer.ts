import { loadConfig, type Config } from '../../api/src/config/index';
import type { Executor } from '../../api/src/db/executor';
import { startHttpServer, type RunningServer } from '../../api/src/server/index';
import { getTestExecutor } from './testDb';

/** How to start a server for a platform test: listening address, API settings (keys, limits) and the executor. */
export interface ApiServerOptions {
  host?: string;
  api?: Partial<Config['api']>;
  executor?: Executor;
  webDistDir?: string;
}

/** Starts the real HTTP server (Apollo at /graphql, pages, /healthz) on a free port with the built-in defaults plus `options`. */
export async function startApiServer(options: ApiServerOptions = {}): Promise<RunningServer> {
  const base = loadConfig({});
  const config: Config = { ...base, api: { ...base.api, ...options.api } };
  const host = options.host ?? '127.0.0.1';
  const http = await startHttpServer({ executor: options.executor ?? getTestExecutor(), config, webDistDir: options.webDistDir }, host, 0);
  // A server on 0.0.0.0 is still reached through loopback by the tests.
  return { ...http, url: http.url.replace('//localhost:', '//127.0.0.1:') };
}

/** One GraphQL error as the server sent it. */
export interface WireError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** A GraphQL HTTP answer: status, headers and the decoded body. */
export interface WireResponse<T = any> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: WireError[];
}

/** Posts one operation to `<url>graphql` as JSON, with extra headers (an Authorization key, say). */
export async function sendGraphQL<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<WireResponse<T>> {
  const res = await fetch(new URL('/graphql', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: { data?: T | null; errors?: WireError[] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: res.status, headers: res.headers, ...body };
}

/** The codes of a response's errors, in order. */
export function codesOf(res: WireResponse): string[] {
  return (res.errors ?? []).map((e) => e.extensions?.code ?? '(none)');
}

/** A Bearer Authorization header. */
export function bearer(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}
