// Per-day aggregates on every SPOKE_ABOUT (issue 9): the relation timeline sums them instead of reading the pair's statements.
// The store keeps them exact on every write from now on (api/src/store/spokeDays.ts, SPOKE_DAYS in api/src/store/queries/spokeAbout.ts,
// whose formula this copies; `diplograph check` compares them with the statements). One speaker at a time, each of its statements
// read once; safe to run again.
MATCH (sp) WHERE (sp:Person OR sp:Country OR sp:Organization) AND EXISTS { (sp)-[:SPOKE_ABOUT]->() }
CALL (sp) {
  MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(sub) WHERE sub <> sp
  WITH sub, collect(s) AS ss
  CALL (ss) {
    UNWIND ss AS s
    WITH s WHERE s.saidAt IS NOT NULL
    WITH CASE size(s.saidAt) WHEN 4 THEN s.saidAt + '-01-01' WHEN 7 THEN s.saidAt + '-01' ELSE left(s.saidAt, 10) END AS day, s
    WITH day, count(s) AS n, round(sum(s.tone), 6) AS ts, count(s.tone) AS tc, coalesce(min(s.tone), 0.0) AS lo, coalesce(max(s.tone), 0.0) AS hi
    ORDER BY day
    RETURN collect(day) AS days, collect(n) AS dayCounts, collect(ts) AS dayToneSums, collect(tc) AS dayToneCounts,
           collect(lo) AS dayMinTones, collect(hi) AS dayMaxTones
  }
  CALL (ss) {
    UNWIND ss AS s
    WITH s WHERE s.saidAt IS NOT NULL AND s.categoryCode IS NOT NULL
    WITH CASE size(s.saidAt) WHEN 4 THEN s.saidAt + '-01-01' WHEN 7 THEN s.saidAt + '-01' ELSE left(s.saidAt, 10) END + '|' + s.categoryCode AS key, count(s) AS n
    ORDER BY key
    RETURN collect(key) AS dayCategoryKeys, collect(n) AS dayCategoryCounts
  }
  MATCH (sp)-[r:SPOKE_ABOUT]->(sub)
  SET r.days = days, r.dayCounts = dayCounts, r.dayToneSums = dayToneSums, r.dayToneCounts = dayToneCounts,
      r.dayMinTones = dayMinTones, r.dayMaxTones = dayMaxTones, r.dayCategoryKeys = dayCategoryKeys, r.dayCategoryCounts = dayCategoryCounts
} IN TRANSACTIONS OF 200 ROWS
