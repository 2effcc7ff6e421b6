import { beforeEach, describe, expect, it } from 'vitest';
import { checkGraph, deleteArticle, mergeEntities, renameEntity, undoLastMerge } from '../../../api/src/store/index';
import { addCountry, addOrganization, addPerson, addStatement, diplomacyFixtures, fixture } from '../../_utils/storeFixtures';
import { graphCounts, ingestFixtures } from '../../_utils/storeHelpers';
import { clearGraph, getTestExecutor } from '../../_utils/testDb';

const executor = getTestExecutor();

// An article spelling Lavrov the German way: the surnames differ, so the rules keep it apart and an editor merges it.
function initialOnlyArticle() {
  const f = fixture('art:fx-initial', 'Sergej Lawrow praised Venezuela for its support on Thursday.', '2026-06-04');
  const ven = addCountry(f, 'VEN', 'Venezuela', ['Venezuela']);
  const lavrov = addPerson(f, 'person:sergej-lawrow', 'Sergej Lawrow', ['Sergej Lawrow'], [['Foreign Minister', { kind: 'Country', id: 'country:RUS', name: 'Russia' }, 'Sergej Lawrow']]);
  addStatement(f, lavrov, 'praised Venezuela', 'praised', [ven]);
  return f;
}

describe('store: manual merge, rename, undo, delete', () => {
  beforeEach(async () => {
    await clearGraph(executor);
    const outcome = await ingestFixtures(executor, [...diplomacyFixtures(), initialOnlyArticle()]);
    expect(outcome.report.articlesFailed).toBe(0);
  });

  it('merge moves every relationship and alias to the kept node and records who, when and what', async () => {
    const before = await graphCounts(executor);
    expect((await executor.read({ cypher: "MATCH (p:Person {id: 'person:sergej-lawrow'}) RETURN p.id AS id" })).length).toBe(1);
    const report = await mergeEntities(executor, 'person:sergey-lavrov', 'person:sergej-lawrow', 'test-editor');
    expect(report).toMatchObject({ keepId: 'person:sergey-lavrov', mergeId: 'person:sergej-lawrow', aliasesAdded: ['Sergej Lawrow'] });
    const after = await graphCounts(executor);
    // Both spellings praised or spoke about Venezuela: their two SPOKE_ABOUT become one.
    expect(after).toEqual({ ...before, Person: before.Person! - 1, EntityAudit: 1, EntityRedirect: 1, ':HOLDS_ROLE': before[':HOLDS_ROLE']! - 1, ':SPOKE_ABOUT': before[':SPOKE_ABOUT']! - 1 });
    const said = await executor.read({ cypher: "MATCH (:Person {id: 'person:sergey-lavrov'})-[:SAID]->(s) RETURN s.verb AS verb ORDER BY verb" });
    expect(said).toEqual([{ verb: 'praised' }, { verb: 'said' }, { verb: 'warned' }]);
    const role = await executor.read({ cypher: "MATCH (p:Person {id: 'person:sergey-lavrov'})-[r:HOLDS_ROLE]->(c:Country {id: 'country:RUS'}) RETURN r.articleCount AS n, COLLECT { MATCH (p)<-[m:MENTIONS]-(a:Article) WHERE c.id IN m.roleTargets RETURN a.id ORDER BY a.id } AS ids, r.firstSeen AS first, r.lastSeen AS last" });
    expect(role).toEqual([{ n: 3, ids: ['art:fx-initial', 'art:fx-one', 'art:fx-two'], first: '2026-03-02', last: '2026-06-04' }]);
    const audit = await executor.read({ cypher: 'MATCH (a:EntityAudit) RETURN a.action AS action, a.by AS by, a.keepId AS keepId, a.mergeId AS mergeId, a.at IS NOT NULL AS hasTime' });
    expect(audit).toEqual([{ action: 'merge', by: 'test-editor', keepId: 'person:sergey-lavrov', mergeId: 'person:sergej-lawrow', hasTime: true }]);
    expect(await checkGraph(executor)).toEqual([]);
  });

  it('after a merge, re-ingesting the merged id lands on the kept node', async () => {
    await mergeEntities(executor, 'person:sergey-lavrov', 'person:sergej-lawrow', 'test-editor');
    const outcome = await ingestFixtures(executor, [initialOnlyArticle()], { force: true });
    expect(outcome.report).toMatchObject({ articlesUpdated: 1, articlesFailed: 0 });
    expect(await executor.read({ cypher: "MATCH (p:Person {id: 'person:sergej-lawrow'}) RETURN p.id AS id" })).toEqual([]);
    expect(await checkGraph(executor)).toEqual([]);
  });

  it('undo-merge restores both nodes exactly', async () => {
    const before = await graphCounts(executor);
    await mergeEntities(executor, 'person:sergey-lavrov', 'person:sergej-lawrow', 'test-editor');
    const undone = await undoLastMerge(executor, 'test-editor');
    expect(undone).toMatchObject({ keepId: 'person:sergey-lavrov', mergeId: 'person:sergej-lawrow' });
    expect(await graphCounts(executor)).toEqual({ ...before, EntityAudit: 2 });
    expect(await checkGraph(executor)).toEqual([]);
    await expect(undoLastMerge(executor, 'test-editor')).rejects.toThrow(/no merge to undo/);
  });

  it('merging an organisation that is a role target folds the roles and keeps every evidence count true, and undo restores it', async () => {
    const f = fixture('art:fx-mfa', 'Deputy Foreign Minister Sergei Ryabkov of the Russian MFA spoke to reporters in Moscow.', '2026-07-01');
    const rus = addCountry(f, 'RUS', 'Russia', ['Russian', 'Moscow']);
    const mfa = addOrganization(f, 'org:russian-mfa', 'Russian MFA', ['Russian MFA'], rus.id);
    addPerson(f, 'person:sergei-ryabkov', 'Sergei Ryabkov', ['Sergei Ryabkov'], [['Deputy Foreign Minister', mfa, 'Sergei Ryabkov']]);
    await ingestFixtures(executor, [f]);
    const before = await graphCounts(executor);
    await mergeEntities(executor, 'org:russian-foreign-ministry', 'org:russian-mfa', 'test-editor');
    const roles = await executor.read({ cypher: "MATCH (:Person {id: 'person:sergei-ryabkov'})-[r:HOLDS_ROLE]->(o) RETURN o.id AS of, r.articleCount AS n, r.firstSeen AS first, r.lastSeen AS last" });
    expect(roles).toEqual([{ of: 'org:russian-foreign-ministry', n: 2, first: '2026-04-14', last: '2026-07-01' }]);
    const partOf = await executor.read({ cypher: "MATCH (:Organization {id: 'org:russian-foreign-ministry'})-[r:PART_OF]->(c) RETURN c.id AS c, r.articleCount AS n" });
    expect(partOf).toEqual([{ c: 'country:RUS', n: 2 }]);
    expect(await checkGraph(executor)).toEqual([]);
    await undoLastMerge(executor, 'test-editor');
    expect(await graphCounts(executor)).toEqual({ ...before, EntityAudit: 2 });
    expect(await checkGraph(executor)).toEqual([]);
    // Removing the newer article brings the role's last-seen date back to the older one.
    await mergeEntities(executor, 'org:russian-foreign-ministry', 'org:russian-mfa', 'test-editor');
    await deleteArticle(executor, 'art:fx-mfa');
    const after = await executor.read({ cypher: "MATCH (:Person {id: 'person:sergei-ryabkov'})-[r:HOLDS_ROLE]->(o) RETURN o.id AS of, r.articleCount AS n, r.firstSeen AS first, r.lastSeen AS last" });
    expect(after).toEqual([{ of: 'org:russian-foreign-ministry', n: 1, first: '2026-04-14', last: '2026-04-14' }]);
    expect(await checkGraph(executor)).toEqual([]);
  });

  it('refuses to merge entities of different kinds', async () => {
    await expect(mergeEntities(executor, 'person:sergey-lavrov', 'country:RUS', 'x')).rejects.toThrow(/same kind/);
    await expect(mergeEntities(executor, 'person:sergey-lavrov', 'person:nobody', 'x')).rejects.toThrow(/no Person with id person:nobody/);
  });

  it('rename keeps the old name as an alias, marks the node curated and audits it', async () => {
    const result = await renameEntity(executor, 'org:nato', 'North Atlantic Treaty Organization', 'test-editor');
    expect(result.oldName).toBe('NATO');
    const [org] = await executor.read({ cypher: "MATCH (o:Organization {id: 'org:nato'}) RETURN o.name AS name, o.aliases AS aliases, o.curated AS curated" });
    expect(org).toEqual({ name: 'North Atlantic Treaty Organization', aliases: ['NATO', 'the alliance', 'North Atlantic Treaty Organization'], curated: true });
  });

  it('article delete removes the article and the facts only it supported, keeping shared and curated entities', async () => {
    await renameEntity(executor, 'org:nato', 'NATO', 'test-editor');
    const report = await deleteArticle(executor, 'art:fx-three');
    expect(report).toMatchObject({ found: true, entitiesRemoved: 2 });
    const left = await executor.read<{ id: string }>({ cypher: 'MATCH (n) WHERE n:Person OR n:Country OR n:Organization RETURN n.id AS id ORDER BY id' });
    // Rutte and Poland were only in that article; NATO stays because an editor curated it.
    expect(left.map((r) => r.id)).toEqual(['country:RUS', 'country:USA', 'country:VEN', 'org:nato', 'org:russian-foreign-ministry', 'person:sergei-ryabkov', 'person:sergej-lawrow', 'person:sergey-lavrov']);
    expect(await deleteArticle(executor, 'art:fx-three')).toMatchObject({ found: false });
    expect(await checkGraph(executor)).toEqual([]);
  });

  it('deleting the newest article recomputes the treaty status from the articles left', async () => {
    await deleteArticle(executor, 'art:fx-two');
    const [treaty] = await executor.read({ cypher: 'MATCH (t:Treaty) RETURN t.status AS status, t.signedAt AS signedAt' });
    expect(treaty).toEqual({ status: 'signed', signedAt: '2025-05' });
    expect(await checkGraph(executor)).toEqual([]);
  });
});
