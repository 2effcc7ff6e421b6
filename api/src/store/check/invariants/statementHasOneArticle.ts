import type { Invariant } from '../types';

/** Every Statement is reported in exactly one Article, the one its articleId names. */
export const statementHasOneArticle: Invariant = {
  name: 'statementHasOneArticle',
  description: 'every Statement is REPORTED_IN exactly one Article, the one its articleId names',
  cypher: `
MATCH (s:Statement)
OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article)
WITH s, collect(a.id) AS ids WHERE size(ids) <> 1 OR ids[0] <> s.articleId
RETURN s.id AS id, 'is reported in ' + toString(size(ids)) + ' articles' AS problem LIMIT toInteger($limit)`,
};
