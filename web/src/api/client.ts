import type { TypedDocumentString } from './generated';

/** An API failure as the user should read it: the server's message and its public error code (ErrorCode in api/src/errors). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Where the explorer's requests go (same origin as the page). */
export const GRAPHQL_PATH = '/graphql';

interface GraphQLResponse<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Sends one typed operation and returns its data. Throws ApiError with the server's first error message (and code), or a
 * readable sentence when the server cannot be reached or answers something that is not GraphQL; an aborted request
 * rejects with the AbortError as is. `headers` adds request headers (the ingest panel's `Authorization`).
 */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables: V, signal?: AbortSignal, headers?: Readonly<Record<string, string>>): Promise<R> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('The Diplograph server cannot be reached. Is it running?', null);
  }
  let body: GraphQLResponse<R>;
  try {
    body = (await response.json()) as GraphQLResponse<R>;
  } catch {
    throw new ApiError(`The server answered HTTP ${response.status} ${response.statusText || ''}`.trim() + ' instead of a GraphQL result.', null);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? null);
  if (!body.data) throw new ApiError(`The server answered HTTP ${response.status} without data.`, null);
  return body.data;
}

/** The message to show for any error a request threw. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Whether the error is an aborted request (superseded by a newer one), which the UI ignores. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
