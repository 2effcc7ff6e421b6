import { findEntityArticles, findStatements, type EntityRow, type StatementFilter } from '../../../query/index';
import type { GraphQLContext } from '../../context';
import { kindOf, parseBound } from '../parseArgs';

type PageArgs = { first?: number | null; after?: string | null };

const NO_FILTER: StatementFilter = {
  speaker: null, includeOfficials: false, about: null, category: null, minTone: null, maxTone: null, since: null, until: null,
};

/** Resolvers every entity type shares: its kind as the GraphQL enum, and its articles page. */
export const entityCommon = {
  kind: (row: EntityRow) => kindOf(row.kind),
  // The store accumulates every surface form, the canonical name included; an alias is any other form, once.
  aliases: (row: EntityRow) => [...new Set(row.aliases)].filter((a) => a !== row.name),
  articles: (row: EntityRow, args: PageArgs, ctx: GraphQLContext) =>
    findEntityArticles(ctx.executor, row.id, parseBound(args.first, 'first', 1, 100, 20), args.after ?? null),
};

/** `statements`: what this entity said (a country may include its officials and bodies), newest first. */
export function statementsBy(row: EntityRow, args: PageArgs & { includeOfficials?: boolean | null }, ctx: GraphQLContext) {
  return findStatements(
    ctx.executor,
    { ...NO_FILTER, speaker: row.id, includeOfficials: args.includeOfficials ?? false },
    parseBound(args.first, 'first', 1, 100, 20),
    args.after ?? null,
  );
}

/** `statementsAbout`: what was said about this entity, newest first. */
export function statementsAbout(row: EntityRow, args: PageArgs, ctx: GraphQLContext) {
  return findStatements(ctx.executor, { ...NO_FILTER, about: row.id }, parseBound(args.first, 'first', 1, 100, 20), args.after ?? null);
}
