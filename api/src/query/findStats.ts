import path from 'node:path';
import type { CypherQuery, Executor } from '../db/executor';
import { SAMPLES_DIR } from '../ingest/loadSamples';

// Label counts come from Neo4j's count store; the date range from the two ends of the publishedAt index; the sample check
// is a prefix seek on Article.file (migration 006): sample articles are those read from the samples/ folder.
const STATS = `
CALL () { MATCH (n:Person) RETURN count(n) AS persons }
CALL () { MATCH (n:Country) RETURN count(n) AS countries }
CALL () { MATCH (n:Organization) RETURN count(n) AS organizations }
CALL () { MATCH (n:Treaty) RETURN count(n) AS treaties }
CALL () { MATCH (n:Statement) RETURN count(n) AS statements }
CALL () { MATCH (n:Article) RETURN count(n) AS articles }
OPTIONAL CALL () { MATCH (a:Article) WHERE a.publishedAt IS NOT NULL RETURN a.publishedAt AS firstDate ORDER BY a.publishedAt ASC LIMIT 1 }
OPTIONAL CALL () { MATCH (a:Article) WHERE a.publishedAt IS NOT NULL RETURN a.publishedAt AS lastDate ORDER BY a.publishedAt DESC LIMIT 1 }
CALL () { OPTIONAL MATCH (a:Article) WHERE a.file STARTS WITH $samplesDir OR a.file STARTS WITH 'samples/' RETURN a IS NOT NULL AS sampleData LIMIT 1 }
RETURN persons, countries, organizations, treaties, statements, articles, firstDate, lastDate, sampleData`;

/** Builds the graph-wide counts query. */
export function findStatsQuery(samplesDir = SAMPLES_DIR): CypherQuery {
  return { cypher: STATS, params: { samplesDir: samplesDir + path.sep } };
}

/** Counts per kind, statements, articles, the publication date range, and whether sample articles are loaded. */
export async function findStats(executor: Executor) {
  const rows = await executor.read<{
    persons: number; countries: number; organizations: number; treaties: number; statements: number; articles: number;
    firstDate: string | null; lastDate: string | null; sampleData: boolean;
  }>(findStatsQuery(), 'stats');
  const row = rows[0];
  return {
    persons: row?.persons ?? 0, countries: row?.countries ?? 0, organizations: row?.organizations ?? 0, treaties: row?.treaties ?? 0,
    statements: row?.statements ?? 0, articles: row?.articles ?? 0, firstDate: row?.firstDate ?? null, lastDate: row?.lastDate ?? null,
    sampleData: row?.sampleData ?? false,
  };
}
