import { describe, expect, it } from 'vitest';
import { resolveExtractions, surnamesOf } from '../../../api/src/resolve/index';
import { novakFixtures } from '../../_utils/novakFixtures';
import { diplomacyFixtures } from '../../_utils/storeFixtures';

const personIds = (out: ReturnType<typeof resolveExtractions>) => Object.fromEntries(out.extractions.map((x) => [x.article.id, x.persons.map((p) => p.id)]));

describe('resolveExtractions', () => {
  it('redirects Sergei Lavrov of the second article onto the first article’s Sergey Lavrov, rewriting speakers, never Ryabkov', () => {
    const extractions = diplomacyFixtures().map((f) => f.extraction);
    const { extractions: out, merges } = resolveExtractions(extractions, []);
    expect(merges).toEqual([{ articleId: 'art:fx-two', fromId: 'person:sergei-lavrov', toId: 'person:sergey-lavrov', rule: 'transliteratedName' }]);
    expect(out[1]!.persons.map((p) => p.id)).toEqual(['person:sergey-lavrov', 'person:sergei-ryabkov']);
    expect(out[1]!.statements.map((s) => s.speaker.id)).toEqual(['person:sergey-lavrov', 'person:sergei-ryabkov', 'org:russian-foreign-ministry']);
    expect(out[0]).toBe(extractions[0]);
  });

  it('resolves against persons already in the graph and follows manual-merge redirects first', () => {
    const extractions = diplomacyFixtures().map((f) => f.extraction).slice(1, 2);
    const known = [{ id: 'person:s-v-lavrov', name: 'Sergey V. Lavrov' }];
    const redirects = new Map([['person:sergei-ryabkov', 'person:sergey-ryabkov']]);
    const { extractions: out } = resolveExtractions(extractions, known, redirects);
    expect(out[0]!.persons.map((p) => p.id)).toEqual(['person:s-v-lavrov', 'person:sergey-ryabkov']);
    expect(surnamesOf(extractions)).toEqual(['lavrov', 'ryabkov']);
  });

  it('places each surname-only Novak by its article’s context, whatever the order of the batch', () => {
    const f = novakFixtures();
    const expected = {
      'art:nv-greta': ['person:greta-novak'],
      'art:nv-ivo': ['person:ivo-novak'],
      'art:nv-warsaw': ['person:greta-novak'],
      'art:nv-santiago': ['person:ivo-novak'],
      'art:nv-minister': ['person:ivo-novak'],
    };
    const forward = resolveExtractions([f.greta, f.ivo, f.warsawNovak, f.santiagoNovak, f.chileanMinisterNovak].map((x) => x.extraction), []);
    const backward = resolveExtractions([f.chileanMinisterNovak, f.santiagoNovak, f.warsawNovak, f.ivo, f.greta].map((x) => x.extraction), []);
    expect(personIds(forward)).toEqual(expected);
    expect(personIds(backward)).toEqual(expected);
    expect(forward.merges.filter((m) => m.rule === 'surnameOnly')).toHaveLength(3);
  });

  it('with one full name known, links a neutral surname, but keeps one whose role contradicts it on its own node', () => {
    const f = novakFixtures();
    const greta = { id: 'person:greta-novak', name: 'Greta Novak', roles: [{ titleKey: 'foreign minister', target: 'country:POL' }], firstSeen: '2024-03-04', lastSeen: '2024-03-04' };
    const out = resolveExtractions([f.santiagoNovak, f.chileanMinisterNovak].map((x) => x.extraction), [greta]);
    expect(personIds(out)).toEqual({ 'art:nv-santiago': ['person:greta-novak'], 'art:nv-minister': ['person:novak'] });
  });

  it('never moves a person an editor merged by hand', () => {
    const f = novakFixtures();
    const out = resolveExtractions([f.ivo.extraction, f.warsawNovak.extraction], [], new Map([['person:novak', 'person:ivo-novak']]));
    expect(personIds(out)).toEqual({ 'art:nv-ivo': ['person:ivo-novak'], 'art:nv-warsaw': ['person:ivo-novak'] });
    expect(out.merges).toEqual([]);
  });
});
