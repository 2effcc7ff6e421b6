import type { MutationResolvers } from '../../generated/resolvers';

/** Resolvers of the Mutation type. */
export const mutationResolvers: MutationResolvers = {};
