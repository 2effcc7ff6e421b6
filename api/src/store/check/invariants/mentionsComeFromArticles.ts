import type { Invariant } from '../types';

/** Every mention starts at an Article, and each Article's mentions point inside its body. */
export const mentionsComeFromArticles: Invariant = {
  name: 'mentionsComeFromArticles',
  description: 'every MENTIONS starts at an existing Article and its spans lie inside that article',
  cypher: `
CALL () {
  MATCH (x)-[:MENTIONS]->(e) WHERE NOT x:Article
  RETURN e.id AS id, 'is mentioned by a node that is not an Article' AS problem
  UNION ALL
  MATCH (a:Article)-[m:MENTIONS]->(e)
  WHERE size(m.starts) <> size(m.ends) OR any(x IN m.ends WHERE x > size(a.body))
  RETURN e.id AS id, 'has a mention span outside article ' + a.id AS problem
}
RETURN id, problem LIMIT toInteger($limit)`,
};
