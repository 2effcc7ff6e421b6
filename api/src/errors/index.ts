import { GraphQLError } from 'graphql';

/** Public error codes, shared by the API and the web client (CONVENTIONS §6). */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  DatabaseError = 'DATABASE_ERROR',
  Config = 'CONFIG_ERROR',
  Internal = 'INTERNAL_SERVER_ERROR',
}

/** Base of the project's own errors: a GraphQLError carrying a public `extensions.code`. */
export class DiplographError extends GraphQLError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, { extensions: { code }, originalError: options.cause instanceof Error ? options.cause : undefined });
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

/** Neo4j answered with an error that retrying will not fix (syntax, constraint, auth). */
export class DatabaseError extends DiplographError {
  readonly neo4jCode: string | null;
  constructor(message: string, neo4jCode: string | null, options: { cause?: unknown } = {}) {
    super(ErrorCode.DatabaseError, message, options);
    this.name = 'DatabaseError';
    this.neo4jCode = neo4jCode;
  }
}

/** A caller sent something unusable; the message says what and how to fix it. */
export class BadUserInputError extends DiplographError {
  constructor(message: string) {
    super(ErrorCode.BadUserInput, message);
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

/** A migration file cannot be applied as it stands (edited after it ran, or invalid). */
export class MigrationError extends DiplographError {
  constructor(message: string) {
    super(ErrorCode.DatabaseError, message);
    this.name = 'MigrationError';
  }
}
