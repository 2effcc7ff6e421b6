import { beforeEach, describe, expect, it } from 'vitest';
import { checkGraph } from '../../../api/src/store/index';
import { addCountry, addPerson, addStatement, diplomacyFixtures, fixture } from '../../_utils/storeFixtures';
import { graphCounts, ingestFixtures } from '../../_utils/storeHelpers';
import { clearGraph, getTestExecutor } from '../../_utils/testDb';

const executor = getTestExecutor();

describe('store: check and bad input', () => {
  beforeEach(async () => {
    await clearGraph(executor);
  });

  it('catches a deliberately broken graph', async () => {
    await ingestFixtures(executor, diplomacyFixtures());
    expect(await checkGraph(executor)).toEqual([]);
    await executor.write({ cypher: "MATCH (:Person {id: 'person:mark-rutte'})-[r:SAID]->(s:Statement {verb: 'praised'}) DELETE r" });
    await executor.write({ cypher: "MATCH (s:Statement {verb: 'denied'}) MATCH (a:Article {id: 'art:fx-one'}) CREATE (s)-[:REPORTED_IN]->(a)" });
    await executor.write({ cypher: "CREATE (:Person {id: 'person:ghost', name: 'Ghost'})" });
    await executor.write({ cypher: "MATCH (p:Person {id: 'person:mark-rutte'}) CREATE (:Statement {id: 'stmt:fake'})-[:MENTIONS]->(p)" });
    await executor.write({ cypher: "MATCH (a:Article {id: 'art:fx-three'}) SET a.mentionCount = a.mentionCount + 1" });
    await executor.write({ cypher: "CREATE (:Country {id: 'person:sergey-lavrov', name: 'dup'})" });
    const violations = await checkGraph(executor);
    expect(violations.map((v) => [v.invariant, v.id])).toEqual(
      expect.arrayContaining([
        ['statementHasOneSpeaker', expect.stringContaining('art:fx-three')],
        ['statementHasOneSpeaker', 'stmt:fake'],
        ['statementHasOneArticle', expect.stringContaining('art:fx-two')],
        ['statementHasOneArticle', 'stmt:fake'],
        ['mentionsComeFromArticles', 'person:mark-rutte'],
        ['uniqueIds', 'person:sergey-lavrov'],
        ['entitiesHaveArticles', 'person:ghost'],
        ['countsMatchExtraction', 'art:fx-three'],
      ]),
    );
  });

  it('stores the good articles of a batch and reports the bad ones with file, line and reason', async () => {
    const good = diplomacyFixtures();
    const badSpan = fixture('art:bad-span', 'Lavrov spoke briefly in Caracas.', '2026-02-01', 'batch.jsonl');
    badSpan.article.origin.line = 7;
    addPerson(badSpan, 'person:sergey-lavrov', 'Sergey Lavrov', ['Lavrov']);
    badSpan.extraction.persons[0]!.mentions.push({ start: 500, end: 520, text: 'outside' });
    const badSpeaker = fixture('art:bad-speaker', 'Venezuela protested loudly on Friday.', '2026-02-02', 'batch.jsonl');
    badSpeaker.article.origin.line = 8;
    const ven = addCountry(badSpeaker, 'VEN', 'Venezuela', ['Venezuela']);
    addStatement(badSpeaker, { ...ven, id: 'VEN' }, 'protested', 'said', []);
    const empty = fixture('art:empty', '   ', null, 'batch.jsonl');
    empty.extraction.issues.push({ kind: 'empty-text', message: 'extract: the article has no text; skipped', span: null });
    const outcome = await ingestFixtures(executor, [good[0]!, badSpan, good[1]!, badSpeaker, empty, good[2]!], { batchSize: 10 });
    expect(outcome.phase).toBe('done');
    expect(outcome.report).toMatchObject({ articlesNew: 3, articlesFailed: 3 });
    expect(outcome.report.failures).toEqual([
      { file: 'batch.jsonl', line: 1, articleId: 'art:empty', reason: 'extract: the article has no text; skipped' },
      { file: 'batch.jsonl', line: 7, articleId: 'art:bad-span', reason: expect.stringMatching(/^store: person person:sergey-lavrov mention: span .* lies outside the body/) },
      { file: 'batch.jsonl', line: 8, articleId: 'art:bad-speaker', reason: expect.stringMatching(/^store: statement s1 speaker: id "VEN" is not a Country id/) },
    ]);
    expect(await graphCounts(executor)).toMatchObject({ Article: 3, Statement: 6 });
    expect(await checkGraph(executor)).toEqual([]);
  });
});
