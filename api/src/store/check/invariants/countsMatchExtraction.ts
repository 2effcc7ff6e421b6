import type { Invariant } from '../types';

/** Each article's statements, mentioned entities and mention spans in the graph equal the counts stored from its extraction. */
export const countsMatchExtraction: Invariant = {
  name: 'countsMatchExtraction',
  description: "each article's statements, entities and mentions in the graph match the counts of its extraction",
  cypher: `
MATCH (a:Article)
WITH a,
     COUNT { (a)<-[:REPORTED_IN]-(:Statement) } AS statements,
     COUNT { (a)-[:MENTIONS]->() } AS entities,
     COLLECT { MATCH (a)-[m:MENTIONS]->() RETURN size(m.starts) } AS spans
WITH a, statements, entities, reduce(t = 0, x IN spans | t + x) AS mentions
WHERE statements <> a.statementCount OR entities <> a.entityCount OR mentions <> a.mentionCount
RETURN a.id AS id,
       'stored ' + toString(statements) + '/' + toString(entities) + '/' + toString(mentions) +
       ' statements/entities/mentions, extraction had ' + toString(a.statementCount) + '/' + toString(a.entityCount) + '/' + toString(a.mentionCount) AS problem
LIMIT toInteger($limit)`,
};
