import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors/index';
import type { Logger } from '../log/logger';
import { TOKEN_LIMIT_MESSAGE } from './limits';

const PUBLIC_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));
// Their messages may carry Cypher or server internals: the client gets a generic line, the log gets the detail.
const MASKED_CODES: ReadonlySet<string> = new Set([ErrorCode.Internal, ErrorCode.DatabaseError, ErrorCode.Config]);

const GENERIC_MESSAGES: Partial<Record<string, string>> = {
  [ErrorCode.Internal]: 'Internal server error; the server log has the details',
  [ErrorCode.DatabaseError]: 'db: the database refused the request; the server log has the details',
  [ErrorCode.Config]: 'Internal server error; the server log has the details',
};

/**
 * Builds Apollo's `formatError`: every error leaves with an `extensions.code` from ErrorCode; anything unknown becomes
 * INTERNAL_SERVER_ERROR with a generic message and is logged; stack traces leave only when `development` is true.
 */
export function createFormatError(logger: Logger, development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const rawCode = formatted.extensions?.code;
    const code = typeof rawCode === 'string' && PUBLIC_CODES.has(rawCode) ? rawCode : ErrorCode.Internal;
    if (code === ErrorCode.GraphQLParseFailed && TOKEN_LIMIT_MESSAGE.test(formatted.message)) {
      return { message: `limits: ${formatted.message.replace(/^Syntax Error: /, '')}`, extensions: { code: ErrorCode.MaxTokensExceeded } };
    }
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    if (MASKED_CODES.has(code)) {
      const cause = unwrapResolverError(error);
      logger.error({ err: cause, code: rawCode ?? null, path: formatted.path }, 'graphql: request failed');
      return {
        message: GENERIC_MESSAGES[code] ?? 'Internal server error',
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code, ...(development ? { detail: formatted.message, stacktrace } : {}) },
      };
    }
    return { ...formatted, extensions: { ...extensions, code, ...(development && stacktrace ? { stacktrace } : {}) } };
  };
}
