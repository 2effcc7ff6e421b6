import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DiplographError, ErrorCode } from '../errors/index';
import type { Logger } from '../log/logger';
import { TOKEN_LIMIT_MESSAGE } from './limits';
import { literalArgumentOf } from './literalArgumentError';

const PUBLIC_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));
// Their messages may carry Cypher, addresses or other server internals: the client gets a fixed line, the log gets the detail.
const MASKED: Partial<Record<string, { message: string; level: 'error' | 'warn' }>> = {
  [ErrorCode.Internal]: { message: 'Internal server error; the server log has the details', level: 'error' },
  [ErrorCode.Config]: { message: 'Internal server error; the server log has the details', level: 'error' },
  [ErrorCode.DatabaseError]: { message: 'db: the database refused the request; the server log has the details', level: 'error' },
  [ErrorCode.DatabaseUnavailable]: { message: 'db: the database is unavailable; retry shortly (GET /healthz answers 200 when it is back)', level: 'warn' },
};

/**
 * Builds Apollo's `formatError`: every error leaves with an `extensions.code` from ErrorCode; anything unknown becomes
 * INTERNAL_SERVER_ERROR with a generic message and is logged; stack traces leave only when `development` is true.
 */
export function createFormatError(logger: Logger, development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; a query limit keeps its own code.
    // Duck-typed: under some loaders Apollo's copy of graphql is not the one this module imports, so instanceof would miss.
    const original = (error as { originalError?: unknown } | null)?.originalError;
    const rawCode = original instanceof DiplographError ? original.code : formatted.extensions?.code;
    const code = typeof rawCode === 'string' && PUBLIC_CODES.has(rawCode) ? rawCode : ErrorCode.Internal;
    if (code === ErrorCode.GraphQLParseFailed && TOKEN_LIMIT_MESSAGE.test(formatted.message)) {
      return { message: `limits: ${formatted.message.replace(/^Syntax Error: /, '')}`, extensions: { code: ErrorCode.MaxTokensExceeded } };
    }
    if (code === ErrorCode.GraphQLValidationFailed || (code === ErrorCode.BadUserInput && formatted.extensions?.argument === undefined)) {
      // A bad literal argument value is bad input, named like the same mistake sent in variables.
      const argument = literalArgumentOf(error);
      if (argument) return { message: formatted.message, ...(formatted.locations ? { locations: formatted.locations } : {}), extensions: { code: ErrorCode.BadUserInput, argument } };
    }
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    const masked = MASKED[code];
    if (masked) {
      const cause = unwrapResolverError(error);
      logger[masked.level]({ err: cause, code: rawCode ?? null, path: formatted.path }, 'graphql: request failed');
      return {
        message: masked.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { ...(code === ErrorCode.DatabaseUnavailable ? { retryable: true } : {}), code, ...(development ? { detail: formatted.message, stacktrace } : {}) },
      };
    }
    return { ...formatted, extensions: { ...extensions, code, ...(development && stacktrace ? { stacktrace } : {}) } };
  };
}
