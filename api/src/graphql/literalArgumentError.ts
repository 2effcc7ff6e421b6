import { GraphQLError, parse, visit, type ArgumentNode } from 'graphql';

// graphql-js's ValuesOfCorrectTypeRule: a literal argument value that its type refuses (an unknown enum value, a string for
// an Int, a malformed Date literal). Its other validation messages (unknown fields, depth, …) are about the query, not input.
const VALUE_MESSAGES = [
  /^Value ".*" does not exist in ".*" enum\./,
  /^Enum ".*" cannot represent non-enum value:/,
  /^(Int|Float|String|Boolean|ID) cannot represent /,
  /^Expected value of type ".*", found /,
  /^Field ".*" of required type ".*" was not provided\./,
  /^Field ".*" is not defined by type ".*"\./,
];

/**
 * For a validation error about a literal argument value (`kinds: [PERSN]`, `first: "ten"`), the name of the argument it was
 * written for, so the API can answer BAD_USER_INPUT naming it, as it does for the same mistake sent in variables; null for
 * any other error. The argument is found by parsing the request's text again and looking for the argument whose value
 * holds the error's location.
 */
export function literalArgumentOf(error: unknown): string | null {
  if (!(error instanceof GraphQLError) && !(typeof error === 'object' && error !== null && 'nodes' in error)) return null;
  const { message, nodes, source } = error as GraphQLError;
  if (!VALUE_MESSAGES.some((re) => re.test(message))) return null;
  const at = nodes?.[0]?.loc?.start;
  if (at === undefined || !source) return null;
  let found: string | null = null;
  try {
    // The body text, not the Source object: Apollo may hold another copy of graphql-js, whose Source this one refuses.
    visit(parse(source.body), {
      Argument(node: ArgumentNode) {
        const loc = node.value.loc;
        // The innermost argument holding the location wins (arguments do not nest, but input objects do).
        if (loc && loc.start <= at && at < loc.end) found = node.name.value;
      },
    });
  } catch {
    return null;
  }
  return found;
}
