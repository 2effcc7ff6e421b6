import { GraphQLError } from 'graphql';

/**
 * Public error codes, shared by the API and the web client (CONVENTIONS §6). Every error the API returns carries one of
 * these in `extensions.code`, including the ones Apollo Server and the query limits raise, so a client can switch on them.
 */
export enum ErrorCode {
  // The caller's mistakes.
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  /** The document does not parse (Apollo Server's code). */
  GraphQLParseFailed = 'GRAPHQL_PARSE_FAILED',
  /** The document does not validate against the schema (Apollo Server's code). */
  GraphQLValidationFailed = 'GRAPHQL_VALIDATION_FAILED',
  /** The HTTP request is not a GraphQL request, or was blocked as a possible CSRF (Apollo Server's code). */
  BadRequest = 'BAD_REQUEST',
  /** The named operation is not in the document (Apollo Server's code). */
  OperationResolutionFailure = 'OPERATION_RESOLUTION_FAILURE',
  /** The request body is larger than DIPLOGRAPH_MAX_BODY_BYTES. */
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',

  // Query limits (graphql-armor), each with its own code.
  MaxDepthExceeded = 'MAX_DEPTH_EXCEEDED',
  CostLimitExceeded = 'COST_LIMIT_EXCEEDED',
  MaxAliasesExceeded = 'MAX_ALIASES_EXCEEDED',
  MaxDirectivesExceeded = 'MAX_DIRECTIVES_EXCEEDED',
  MaxTokensExceeded = 'MAX_TOKENS_EXCEEDED',

  // Keys.
  /** No key, or a wrong one, where a key is needed. */
  Unauthenticated = 'UNAUTHENTICATED',
  /** Refused whatever the key: mutations with no DIPLOGRAPH_API_KEY on a non-loopback address. */
  Forbidden = 'FORBIDDEN',

  // The database.
  /** Neo4j cannot be reached; retry once it is back (`/healthz` says when). */
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  /** A transient Neo4j failure (deadlock, leader switch) outlasted the driver's retries; the same request may succeed if sent again. */
  DatabaseTransient = 'DATABASE_TRANSIENT',
  /** The query ran past its transaction timeout (NEO4J_QUERY_TIMEOUT_MS); narrow it (smaller depth, limit or window). */
  QueryTimeout = 'QUERY_TIMEOUT',
  DatabaseError = 'DATABASE_ERROR',

  Config = 'CONFIG_ERROR',
  Internal = 'INTERNAL_SERVER_ERROR',
}

/** The codes a client may answer by sending the same request again, later. */
export const RETRYABLE_CODES: ReadonlySet<ErrorCode> = new Set([ErrorCode.DatabaseUnavailable, ErrorCode.DatabaseTransient]);

/** Base of the project's own errors: a GraphQLError carrying a public `extensions.code` (and `retryable: true` for retryable codes). */
export class DiplographError extends GraphQLError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options: { cause?: unknown; extensions?: Record<string, unknown> } = {}) {
    super(message, {
      extensions: { code, ...(RETRYABLE_CODES.has(code) ? { retryable: true } : {}), ...options.extensions },
      originalError: options.cause instanceof Error ? options.cause : undefined,
    });
    this.code = code;
    if (options.cause !== undefined) this.cause = options.cause;
  }
}

/** Neo4j could not be reached or went away mid-operation. */
export class DatabaseUnavailableError extends DiplographError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(ErrorCode.DatabaseUnavailable, message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/** Neo4j reported a transient failure (deadlock, leader switch, lock wait) that the driver's retries did not get past; retrying the request may work. */
export class DatabaseTransientError extends DiplographError {
  readonly neo4jCode: string | null;
  constructor(message: string, neo4jCode: string | null, options: { cause?: unknown } = {}) {
    super(ErrorCode.DatabaseTransient, message, options);
    this.name = 'DatabaseTransientError';
    this.neo4jCode = neo4jCode;
  }
}

/** A query ran past its transaction timeout and Neo4j ended it. */
export class QueryTimeoutError extends DiplographError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(ErrorCode.QueryTimeout, message, options);
    this.name = 'QueryTimeoutError';
  }
}

/** Neo4j answered with an error that retrying will not fix (syntax, constraint, auth). */
export class DatabaseError extends DiplographError {
  readonly neo4jCode: string | null;
  constructor(message: string, neo4jCode: string | null, options: { cause?: unknown } = {}) {
    super(ErrorCode.DatabaseError, message, options);
    this.name = 'DatabaseError';
    this.neo4jCode = neo4jCode;
  }
}

/** A caller sent something unusable; the message says what and how to fix it, and `argument` names the argument at fault when there is one. */
export class BadUserInputError extends DiplographError {
  constructor(message: string, argument?: string) {
    super(ErrorCode.BadUserInput, message, argument ? { extensions: { argument } } : {});
    this.name = 'BadUserInputError';
  }
}

/** The thing asked for does not exist. */
export class NotFoundError extends DiplographError {
  constructor(message: string) {
    super(ErrorCode.NotFound, message);
    this.name = 'NotFoundError';
  }
}

/** A request needs a key and brought none, or a wrong one (HTTP 401). */
export class UnauthenticatedError extends DiplographError {
  constructor(message: string) {
    super(ErrorCode.Unauthenticated, message, { extensions: { http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } } });
    this.name = 'UnauthenticatedError';
  }
}

/** A request is refused whatever key it brings (HTTP 403). */
export class ForbiddenError extends DiplographError {
  constructor(message: string) {
    super(ErrorCode.Forbidden, message, { extensions: { http: { status: 403 } } });
    this.name = 'ForbiddenError';
  }
}

/** A migration file cannot be applied as it stands (edited after it ran, or invalid). */
export class MigrationError extends DiplographError {
  constructor(message: string) {
    super(ErrorCode.DatabaseError, message);
    this.name = 'MigrationError';
  }
}
