import { GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputError } from '../../../errors/index';

// As an argument a Date is only checked to be a string here: the resolver that reads it checks it is a real YYYY-MM-DD day,
// so the error names the argument (`since: "2025-02-30" is not a date …`), which a scalar's parse error cannot do.

/** The Date scalar: `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` as values, when only the month or year is known), as a string. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form (YYYY-MM-DD, or YYYY-MM / YYYY when only the month or the year is known).',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string') throw new BadUserInputError('Date: a date is a string written YYYY-MM-DD');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new BadUserInputError('Date: a date is a string written YYYY-MM-DD');
    return ast.value;
  },
});
