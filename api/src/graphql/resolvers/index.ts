import type { Resolvers } from '../generated/resolvers';
import { mutationResolvers } from './mutation/index';
import { queryResolvers } from './query/index';
import { typeResolvers } from './types/index';

/** The whole resolver map: thin functions that parse arguments, call a query function and map rows (CONVENTIONS §4). */
export const resolvers: Resolvers = {
  Query: queryResolvers,
  Mutation: mutationResolvers,
  ...typeResolvers,
};
