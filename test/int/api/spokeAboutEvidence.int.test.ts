import { beforeAll, describe, expect, it } from 'vitest';
import { findSpokeAboutEvidence } from '../../../api/src/query/index';
import { useApiCorpus } from '../../_utils/apiCorpus';
import { getTestExecutor } from '../../_utils/testDb';

// A SPOKE_ABOUT edge's evidence is reached from whichever end has fewer statements (the speaker's SAID or the subject's
// ABOUT); whichever it is, the sentences must be those of the plain query below, newest first, cut to `first`.
useApiCorpus();

// The corpus's speakers say less than their subjects hear; a talkative speaker of this file's own makes the subject's end
// the smaller one for its edge to a subject named once.
const TALK = `
MERGE (usa:Country {id: 'country:USA'})
CREATE (a:Article {id: 'art:evidence-ends', title: 'Four remarks', publishedAt: '2025-07-02',
                   body: 'Ostmark is fine. Washington is slow. Washington is late. Washington is loud.'})
CREATE (p:Person {id: 'person:evidence-talker', name: 'Ada Talker'})
CREATE (x:Country {id: 'country:XOM', name: 'Ostmark', iso3: 'XOM'})
WITH a, p, x, usa
UNWIND [[0, 16, x, '2025-07-01'], [17, 36, usa, '2025-07-02'], [37, 56, usa, '2025-07-02'], [57, 76, usa, '2025-06']] AS t
WITH a, p, t, t[2] AS subject
CREATE (s:Statement {id: 'st:evidence-ends-' + t[0], quote: 'remark', saidAt: t[3], publishedAt: '2025-07-02', start: t[0], end: t[1]})
CREATE (p)-[:SAID]->(s)
CREATE (s)-[:ABOUT]->(subject)
CREATE (s)-[:REPORTED_IN {start: t[0], end: t[1]}]->(a)
WITH p, subject, count(*) AS n
CREATE (p)-[:SPOKE_ABOUT {count: n}]->(subject)`;

beforeAll(async () => {
  await getTestExecutor().write({ cypher: TALK });
});

const PLAIN = `
MATCH (sp {id: $source})-[:SAID]->(s:Statement)-[:ABOUT]->(x {id: $target})
MATCH (s)-[r:REPORTED_IN]->(a:Article)
WITH s, a, r ORDER BY coalesce(s.saidAt, '') DESC, coalesce(s.publishedAt, '') DESC, s.id DESC
RETURN collect({articleId: a.id, start: r.start, end: r.end, text: substring(a.body, r.start, r.end - r.start)}) AS evidence`;

type Relation = { source: string; target: string; said: number; about: number };

describe('evidence of SPOKE_ABOUT edges', () => {
  it('is the same from either end, for every relation of the corpus and two page sizes', async () => {
    const executor = getTestExecutor();
    const relations = await executor.read<Relation>({
      cypher: `MATCH (sp)-[:SPOKE_ABOUT]->(x)
               RETURN sp.id AS source, x.id AS target, COUNT { (sp)-[:SAID]->() } AS said, COUNT { (x)<-[:ABOUT]-() } AS about
               ORDER BY source, target`,
    });
    // Both ends are taken somewhere in the corpus.
    expect(relations.some((r) => r.said <= r.about)).toBe(true);
    expect(relations.some((r) => r.said > r.about)).toBe(true);
    for (const first of [1, 5]) {
      const found = await findSpokeAboutEvidence(executor, relations.map((r) => ({ source: r.source, target: r.target, first })));
      for (const r of relations) {
        const [plain] = await executor.read<{ evidence: unknown[] }>({ cypher: PLAIN, params: { source: r.source, target: r.target } });
        expect(found.get(`${r.source}|${r.target}`), `${r.source} -> ${r.target}, first ${first}`).toEqual(plain!.evidence.slice(0, first));
      }
    }
  });
});
