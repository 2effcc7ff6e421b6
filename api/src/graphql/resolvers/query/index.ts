import type { QueryResolvers } from '../../generated/resolvers';
import { article } from './article';
import { articles } from './articles';
import { entity } from './entity';
import { neighborhood } from './neighborhood';
import { path } from './path';
import { relationTimeline } from './relationTimeline';
import { search } from './search';
import { stats } from './stats';
import { statements } from './statements';
import { relationStatements, statementsAmong } from './statementsAmong';
import { toneMap } from './toneMap';
import { topEntities } from './topEntities';

/** Resolvers of the Query type, one file per root field. */
export const queryResolvers: QueryResolvers = { search, topEntities, entity, neighborhood, path, statements, statementsAmong, relationStatements, relationTimeline, toneMap, articles, article, stats };
