import { describe, expect, it } from 'vitest';
import { resolveExtractions, surnamesOf } from '../../../api/src/resolve/index';
import { diplomacyFixtures } from '../../_utils/storeFixtures';

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
});
