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
const EVIDENCE = `
UNWIND $keys AS k
WITH k, k.source AS sourceId, k.target AS targetId
${matchEntityById('sourceId', 'sp')}
${matchEntityById('targetId', 'x')}
MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(x)
MATCH (s)-[r:REPORTED_IN]->(a:Article)
WITH k, s, a, r
ORDER BY coalesce(s.saidAt, '') DESC, coalesce(s.publishedAt, '') DESC, s.id DESC
WITH k, collect({articleId: a.id, start: r.start, end: r.end, text: substring(a.body, r.start, r.end - r.start)})[..toInteger(k.first)] AS evidence
RETURN k.source + '|' + k.target AS key, evidence`;

/** Builds the query of the statements behind the given SPOKE_ABOUT relations. */
export function findSpokeAboutEvidenceQuery(keys: readonly SpokeAboutEvidenceKey[]): CypherQuery {
  return { cypher: EVIDENCE, params: { keys } };
}

/** The key `findSpokeAboutEvidence` files a relation's evidence under. */
export const spokeAboutKey = (k: Pick<SpokeAboutEvidenceKey, 'source' | 'target'>) => `${k.source}|${k.target}`;

/** Each relation's statement sentences, newest first, at most `first` each, by `spokeAboutKey`. */
export async function findSpokeAboutEvidence(executor: Executor, keys: readonly SpokeAboutEvidenceKey[]): Promise<Map<string, EvidenceRow[]>> {
  if (keys.length === 0) return new Map();
  const rows = await executor.read<{ key: string; evidence: EvidenceRow[] }>(findSpokeAboutEvidenceQuery(keys), 'spoke-about-evidence');
  return new Map(rows.map((r) => [r.key, r.evidence]));
}
