import type { Invariant } from '../types';

/** Each HOLDS_ROLE, PARTY_TO and PART_OF counts exactly the evidence entries its supporting mentions carry, and at least one. */
export const factsMatchEvidence: Invariant = {
  name: 'factsMatchEvidence',
  description: 'every role, treaty party and part-of link is supported by articles, and its articleCount matches their evidence',
  cypher: `
CALL () {
  MATCH (x:Person)-[r:HOLDS_ROLE]->(o)
  WITH x, r, o, COLLECT { MATCH (x)<-[m:MENTIONS]-(:Article)
                          RETURN size([j IN range(0, size(coalesce(m.roleTargets, [])) - 1) WHERE m.roleTargets[j] = o.id AND m.roleKeys[j] = r.titleKey]) } AS n
  RETURN x.id + ' HOLDS_ROLE ' + o.id AS id, r.articleCount AS count, reduce(t = 0, k IN n | t + k) AS evidence
  UNION ALL
  MATCH (o:Country)-[r:PARTY_TO]->(x:Treaty)
  WITH x, r, o, COLLECT { MATCH (x)<-[m:MENTIONS]-(:Article) RETURN size([v IN coalesce(m.partyTargets, []) WHERE v = o.id]) } AS n
  RETURN o.id + ' PARTY_TO ' + x.id AS id, r.articleCount AS count, reduce(t = 0, k IN n | t + k) AS evidence
  UNION ALL
  MATCH (x:Organization)-[r:PART_OF]->(o:Country)
  WITH x, r, o, COLLECT { MATCH (x)<-[m:MENTIONS]-(:Article) RETURN size([v IN coalesce(m.partOfTargets, []) WHERE v = o.id]) } AS n
  RETURN x.id + ' PART_OF ' + o.id AS id, r.articleCount AS count, reduce(t = 0, k IN n | t + k) AS evidence
}
WITH id, count, evidence WHERE count IS NULL OR count < 1 OR count <> evidence
RETURN id, 'counts ' + coalesce(toString(count), 'no') + ' supporting articles, its mentions carry ' + toString(evidence) AS problem
LIMIT toInteger($limit)`,
};
