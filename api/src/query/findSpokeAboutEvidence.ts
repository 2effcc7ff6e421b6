import type { CypherQuery, Executor } from '../db/executor';
import { matchEntityById } from './projections';
import type { EvidenceRow } from './types';

/** A SPOKE_ABOUT relation (speaker → subject) whose statements to show as evidence. */
export interface SpokeAboutEvidenceKey {
  source: string;
  target: string;
  first: number;
}

// The evidence of a SPOKE_ABOUT relation is its statements, newest first; the span is the reporting sentence.
// Each relation's statements are reached from its smaller end: a country speaks in thousands of statements while the subject
// beside it on a path may be in a few hundred (or the reverse); walking all of the speaker's cost 126,000 db hits for one
// path on the 10k bench graph. Only the newest `$first` (the largest asked) are kept before their articles are read.
const EVIDENCE = `
UNWIND $keys AS k
WITH k, k.source AS sourceId, k.target AS targetId
${matchEntityById('sourceId', 'sp')}
${matchEntityById('targetId', 'x')}
CALL (sp, x) {
  CALL (sp, x) {
    WITH sp, x WHERE COUNT { (sp)-[:SAID]->() } <= COUNT { (x)<-[:ABOUT]-() }
    MATCH (sp)-[:SAID]->(s:Statement) WHERE (s)-[:ABOUT]->(x) RETURN s
    UNION ALL
    WITH sp, x WHERE COUNT { (sp)-[:SAID]->() } > COUNT { (x)<-[:ABOUT]-() }
    MATCH (x)<-[:ABOUT]-(s:Statement) WHERE (sp)-[:SAID]->(s) RETURN s
  }
  WITH s ORDER BY coalesce(s.saidAt, '') DESC, coalesce(s.publishedAt, '') DESC, s.id DESC
  LIMIT toInteger($first)
  RETURN s
}
MATCH (s)-[r:REPORTED_IN]->(a:Article)
WITH k, s, a, r
ORDER BY coalesce(s.saidAt, '') DESC, coalesce(s.publishedAt, '') DESC, s.id DESC
WITH k, collect({articleId: a.id, start: r.start, end: r.end, text: substring(a.body, r.start, r.end - r.start)})[..toInteger(k.first)] AS evidence
RETURN k.source + '|' + k.target AS key, evidence`;

/** Builds the query of the statements behind the given SPOKE_ABOUT relations. */
export function findSpokeAboutEvidenceQuery(keys: readonly SpokeAboutEvidenceKey[]): CypherQuery {
  return { cypher: EVIDENCE, params: { keys, first: Math.max(0, ...keys.map((k) => k.first)) } };
}

/** The key `findSpokeAboutEvidence` files a relation's evidence under. */
export const spokeAboutKey = (k: Pick<SpokeAboutEvidenceKey, 'source' | 'target'>) => `${k.source}|${k.target}`;

/** Each relation's statement sentences, newest first, at most `first` each, by `spokeAboutKey`. */
export async function findSpokeAboutEvidence(executor: Executor, keys: readonly SpokeAboutEvidenceKey[]): Promise<Map<string, EvidenceRow[]>> {
  if (keys.length === 0) return new Map();
  const rows = await executor.read<{ key: string; evidence: EvidenceRow[] }>(findSpokeAboutEvidenceQuery(keys), 'spoke-about-evidence');
  return new Map(rows.map((r) => [r.key, r.evidence]));
}
