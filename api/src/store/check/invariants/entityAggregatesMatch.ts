import { ENTITY_AGGREGATE } from '../../queries/entityAggregates';
import type { Invariant } from '../types';

/** Every entity's mentionCount, articleCount, firstSeen and lastSeen equal what its supporting articles give. */
export const entityAggregatesMatch: Invariant = {
  name: 'entityAggregatesMatch',
  description: "every entity's mentionCount, articleCount, firstSeen and lastSeen equal the values recomputed from its MENTIONS",
  cypher: `
MATCH (e) WHERE e:Person OR e:Country OR e:Organization OR e:Treaty
${ENTITY_AGGREGATE}
WITH e, articles, spans, first, last
WHERE coalesce(e.articleCount <> articles, true) OR coalesce(e.mentionCount <> spans, true)
   OR coalesce(e.firstSeen <> first, e.firstSeen IS NOT NULL OR first IS NOT NULL)
   OR coalesce(e.lastSeen <> last, e.lastSeen IS NOT NULL OR last IS NOT NULL)
RETURN e.id AS id,
       'stores mentionCount/articleCount/firstSeen/lastSeen ' + coalesce(toString(e.mentionCount), 'null') + '/' + coalesce(toString(e.articleCount), 'null') + '/' +
       coalesce(e.firstSeen, 'null') + '/' + coalesce(e.lastSeen, 'null') + ', its mentions give ' + toString(spans) + '/' + toString(articles) + '/' +
       coalesce(first, 'null') + '/' + coalesce(last, 'null') AS problem
LIMIT toInteger($limit)`,
};
