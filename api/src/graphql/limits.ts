import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorConfig, GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import { DiplographError, ErrorCode } from '../errors/index';

/**
 * The query limits, enforced before anything runs. Chosen so that every operation the web client and the GraphiQL examples
 * send passes with room to spare (test/int/api/limits.int.test.ts sends them), while a hostile document is refused cheaply.
 * Bounds on arguments (page sizes, depth, limit, maxHops) are checked by the resolvers.
 */
export const QUERY_LIMITS = Object.freeze({
  /** Nesting of selections: `neighborhood { edges { evidence { article { source } } } }` is 5. */
  maxDepth: 12,
  /** graphql-armor's cost: 2 per object, 1 per scalar, times 1.5 per level of depth and times a literal `first`; the web client's heaviest operation (EntityDetails) costs about 57,500. */
  maxCost: 100_000,
  maxAliases: 30,
  maxDirectives: 20,
  /** Lexical tokens in the document (a long string literal is one token). */
  maxTokens: 3_000,
});

// graphql-armor reports every limit as BAD_USER_INPUT; each limit gets its own public code instead, so a client can tell them apart.
const reportAs =
  (code: ErrorCode): GraphQLArmorRejectCallback =>
  (ctx, error) => {
    ctx?.reportError(new DiplographError(code, `limits: ${error.message.replace(/^Syntax Error: /, '')}`));
  };

// graphql-js spells it "more that" in some releases.
/** The parser's message when a document passes QUERY_LIMITS.maxTokens; formatError turns it into MAX_TOKENS_EXCEEDED. */
export const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/** graphql-armor configured with QUERY_LIMITS and the project's error codes. */
export function armorConfig(limits = QUERY_LIMITS): GraphQLArmorConfig {
  const common = { propagateOnRejection: false, exposeLimits: true } as const;
  return {
    maxDepth: { ...common, n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, onReject: [reportAs(ErrorCode.MaxDepthExceeded)] },
    costLimit: { ...common, maxCost: limits.maxCost, ignoreIntrospection: true, flattenFragments: true, onReject: [reportAs(ErrorCode.CostLimitExceeded)] },
    maxAliases: { ...common, n: limits.maxAliases, onReject: [reportAs(ErrorCode.MaxAliasesExceeded)] },
    maxDirectives: { ...common, n: limits.maxDirectives, onReject: [reportAs(ErrorCode.MaxDirectivesExceeded)] },
    // graphql-armor's Apollo token plugin throws from a plugin hook, which Apollo answers with HTTP 500; graphql-js's own token limit
    // (ApolloServer's parseOptions.maxTokens, see createApolloServer) stops the parser in the same place and answers 400.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  };
}

/** The Apollo plugins and validation rules that enforce the limits. */
export function queryLimitProtection(limits = QUERY_LIMITS): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const { plugins, validationRules } = new ApolloArmor(armorConfig(limits)).protect();
  return { plugins, validationRules };
}
