import type { Invariant } from '../types';

/** Every entity is mentioned by at least one Article unless an editor curated it. */
export const entitiesHaveArticles: Invariant = {
  name: 'entitiesHaveArticles',
  description: 'no entity is left without a supporting article unless curated by hand',
  cypher: `
MATCH (e) WHERE (e:Person OR e:Country OR e:Organization OR e:Treaty)
  AND NOT coalesce(e.curated, false) AND NOT EXISTS { (:Article)-[:MENTIONS]->(e) }
RETURN e.id AS id, 'has no supporting article' AS problem LIMIT toInteger($limit)`,
};
