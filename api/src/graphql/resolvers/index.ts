import type { Resolvers } from '../generated/resolvers';
import { mutationResolvers } from './mutation/index';

/** The whole resolver map: thin functions that parse arguments, call a query function and map rows (CONVENTIONS §4). */
export const resolvers: Resolvers = {
  Mutation: mutationResolvers,
};
