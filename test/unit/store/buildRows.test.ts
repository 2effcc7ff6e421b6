import { describe, expect, it } from 'vitest';
import { buildArticleRows, statementNodeId } from '../../../api/src/store/buildRows';
import { diplomacyFixtures } from '../../_utils/storeFixtures';

describe('buildArticleRows', () => {
  it('turns the second fixture into rows with roles, links, implicit entities and counts', () => {
    const f = diplomacyFixtures()[1]!;
    const rows = buildArticleRows(f.article, f.extraction, 'hash');
    expect(rows.article).toMatchObject({ id: 'art:fx-two', contentHash: 'hash', entityCount: 7, statementCount: 3, roleCount: 2, partyCount: 2, partOfCount: 1, aboutCount: 2 });
    expect(rows.entities.Person.map((p) => [p.id, p.surname, p.aliases])).toEqual([
      ['person:sergei-lavrov', 'lavrov', ['Sergei Lavrov']],
      ['person:sergei-ryabkov', 'ryabkov', ['Sergei Ryabkov']],
    ]);
    expect(rows.roles.map((r) => [r.personId, r.titleKey, r.targetId, r.seen])).toEqual([
      ['person:sergei-lavrov', 'foreign minister', 'country:RUS', '2026-04-14'],
      ['person:sergei-ryabkov', 'deputy foreign minister', 'org:russian-foreign-ministry', '2026-04-14'],
    ]);
    expect(rows.partOf).toEqual([{ articleId: 'art:fx-two', fromId: 'org:russian-foreign-ministry', toId: 'country:RUS', seen: '2026-04-14' }]);
    expect(rows.statements.map((s) => [s.id, s.speakerKind, s.speakerId])).toEqual([
      ['art:fx-two#s1', 'Person', 'person:sergei-lavrov'],
      ['art:fx-two#s2', 'Person', 'person:sergei-ryabkov'],
      ['art:fx-two#s3', 'Organization', 'org:russian-foreign-ministry'],
    ]);
  });

  it('adds an entity referenced only by a statement, with no spans, so it keeps a supporting article', () => {
    const f = diplomacyFixtures()[2]!;
    f.extraction.statements[0]!.about.push({ kind: 'Country', id: 'country:DEU', name: 'Germany' });
    const rows = buildArticleRows(f.article, f.extraction, 'h');
    expect(rows.entities.Country.find((c) => c.id === 'country:DEU')).toMatchObject({ name: 'Germany', starts: [], ends: [], texts: [] });
  });

  it('keeps extractor statement ids that already name the article', () => {
    expect(statementNodeId('art:abc123', 'stmt:abc123:4')).toBe('stmt:abc123:4');
    expect(statementNodeId('art:abc123', 's4')).toBe('art:abc123#s4');
  });
});
