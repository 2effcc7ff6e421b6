// Aggregates the API reads instead of counting at query time (issue 7); the store keeps them exact on every write from now on.
// Ordering entities by how often they are mentioned ("the most-mentioned country"), per label.
CREATE INDEX person_mention_count IF NOT EXISTS FOR (n:Person) ON (n.mentionCount);
CREATE INDEX country_mention_count IF NOT EXISTS FOR (n:Country) ON (n.mentionCount);
CREATE INDEX organization_mention_count IF NOT EXISTS FOR (n:Organization) ON (n.mentionCount);
CREATE INDEX treaty_mention_count IF NOT EXISTS FOR (n:Treaty) ON (n.mentionCount);
// The strongest speaker → subject relations across the graph, and relations by recency.
CREATE INDEX spoke_about_count IF NOT EXISTS FOR ()-[r:SPOKE_ABOUT]-() ON (r.count);
CREATE INDEX spoke_about_last_seen IF NOT EXISTS FOR ()-[r:SPOKE_ABOUT]-() ON (r.lastSeen);
// Backfill of existing databases: entity aggregates from their supporting articles (the formula of api/src/store/queries/entityAggregates.ts).
MATCH (e) WHERE e:Person OR e:Country OR e:Organization OR e:Treaty
CALL (e) {
  OPTIONAL MATCH (e)<-[m:MENTIONS]-(a:Article)
  WITH count(m) AS articles, sum(size(m.starts)) AS spans, min(a.publishedAt) AS first, max(a.publishedAt) AS last
  SET e.articleCount = articles, e.mentionCount = spans, e.firstSeen = first, e.lastSeen = last
} IN TRANSACTIONS OF 2000 ROWS;
// Backfill of SPOKE_ABOUT, one speaker at a time (the formula of SPOKE_AGGREGATE in api/src/store/queries/spokeAbout.ts).
MATCH (sp) WHERE (sp:Person OR sp:Country OR sp:Organization) AND EXISTS { (sp)-[:SAID]->(:Statement) }
CALL (sp) {
  MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(sub) WHERE sub <> sp
  WITH sub, count(s) AS n, round(sum(s.tone), 6) AS toneSum, count(s.tone) AS toneCount,
       min(coalesce(s.saidAt, s.publishedAt)) AS first, max(coalesce(s.saidAt, s.publishedAt)) AS last
  MERGE (sp)-[r:SPOKE_ABOUT]->(sub)
  SET r.count = n, r.toneSum = toneSum, r.toneCount = toneCount, r.tone = CASE WHEN toneCount > 0 THEN toneSum / toneCount END,
      r.firstSeen = first, r.lastSeen = last
} IN TRANSACTIONS OF 200 ROWS
