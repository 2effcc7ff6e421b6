import type { CypherQuery, Executor } from '../db/executor';
import { SENTENCE_WINDOW, sentenceAround } from './sentenceAround';
import type { EvidenceRow } from './types';

/** A PARTY_TO (country → treaty) or PART_OF (organisation → country) link whose evidence to fetch. */
export interface LinkEvidenceKey {
  type: 'PARTY_TO' | 'PART_OF';
  source: string;
  target: string;
  first: number;
}

// The evidence of these links is the article's MENTIONS of the low-degree end (the treaty, the organisation), whose
// partyTargets / partOfTargets name the other end. It has no sentence span of its own, so the sentence shown is the one
// holding that end's first mention in the article; the query returns a window of the body around it.
const EVIDENCE = `
UNWIND $keys AS k
CALL (k) {
  WITH k WHERE k.type = 'PARTY_TO'
  MATCH (t:Treaty {id: k.target})<-[m:MENTIONS]-(a:Article)
  WHERE k.source IN coalesce(m.partyTargets, []) AND size(coalesce(m.starts, [])) > 0
  RETURN a, m
  UNION ALL
  WITH k WHERE k.type = 'PART_OF'
  MATCH (o:Organization {id: k.source})<-[m:MENTIONS]-(a:Article)
  WHERE k.target IN coalesce(m.partOfTargets, []) AND size(coalesce(m.starts, [])) > 0
  RETURN a, m
}
WITH k, a, m.starts[0] AS start, m.ends[0] AS end
ORDER BY coalesce(a.publishedAt, '') DESC, a.id DESC
WITH k, collect({articleId: a.id, start: start, end: end,
                 windowStart: CASE WHEN start > toInteger($w) THEN start - toInteger($w) ELSE 0 END,
                 window: substring(a.body, CASE WHEN start > toInteger($w) THEN start - toInteger($w) ELSE 0 END, 2 * toInteger($w) + end - start)})[..toInteger(k.first)] AS hits
RETURN k.type + '|' + k.source + '|' + k.target AS key, hits`;

/** Builds the query of the articles supporting the given links, with a window of text around each supporting mention. */
export function findLinkEvidenceQuery(keys: readonly LinkEvidenceKey[]): CypherQuery {
  return { cypher: EVIDENCE, params: { keys, w: SENTENCE_WINDOW } };
}

/** The key `findLinkEvidence` files a link's evidence under. */
export const linkKey = (k: Pick<LinkEvidenceKey, 'type' | 'source' | 'target'>) => `${k.type}|${k.source}|${k.target}`;

/** Each link's evidence sentences, newest article first, at most `first` each, by `linkKey`. */
export async function findLinkEvidence(executor: Executor, keys: readonly LinkEvidenceKey[]): Promise<Map<string, EvidenceRow[]>> {
  if (keys.length === 0) return new Map();
  type Hit = { articleId: string; start: number; end: number; windowStart: number; window: string };
  const rows = await executor.read<{ key: string; hits: Hit[] }>(findLinkEvidenceQuery(keys), 'link-evidence');
  return new Map(
    rows.map((r) => [
      r.key,
      r.hits.map((h) => {
        const sentence = sentenceAround(h.window, h.windowStart, h.start, h.end);
        return { articleId: h.articleId, ...sentence };
      }),
    ]),
  );
}
