import type { Invariant } from '../types';

/** Every mention and every piece of evidence points to an existing Article. */
export const mentionsComeFromArticles: Invariant = {
  name: 'mentionsComeFromArticles',
  description: 'every MENTIONS starts at an Article, and every evidence article id names an existing Article',
  cypher: `
CALL () {
  MATCH (x)-[:MENTIONS]->(e) WHERE NOT x:Article
  RETURN e.id AS id, 'is mentioned by a node that is not an Article' AS problem
  UNION ALL
  MATCH ()-[r:HOLDS_ROLE|PARTY_TO|PART_OF]->(e)
  UNWIND coalesce(r.articleIds, []) AS articleId
  WITH e, r, articleId WHERE NOT EXISTS { MATCH (:Article {id: articleId}) }
  RETURN e.id AS id, type(r) + ' evidence names missing article ' + articleId AS problem
  UNION ALL
  MATCH ()-[r:HOLDS_ROLE|PARTY_TO|PART_OF]->(e) WHERE size(coalesce(r.articleIds, [])) = 0
  RETURN e.id AS id, type(r) + ' has no supporting article' AS problem
}
RETURN id, problem LIMIT toInteger($limit)`,
};
