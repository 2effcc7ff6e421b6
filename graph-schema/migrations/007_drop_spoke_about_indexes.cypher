// 004 created range indexes on SPOKE_ABOUT.count and .lastSeen. No API query looks relationships up by those values (they all
// expand from an entity), and keeping them current doubled the cost of maintaining SPOKE_ABOUT at ingest (docs/BENCHMARKS.md).
DROP INDEX spoke_about_count IF EXISTS;
DROP INDEX spoke_about_last_seen IF EXISTS
