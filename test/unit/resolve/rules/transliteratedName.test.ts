import { describe, expect, it } from 'vitest';
import { transliteratedName } from '../../../../api/src/resolve/rules/transliteratedName';

const lavrov = { id: 'person:sergey-lavrov', name: 'Sergey Lavrov' };
const ryabkov = { id: 'person:sergei-ryabkov', name: 'Sergei Ryabkov' };

describe('transliteratedName', () => {
  it('joins a transliteration variant with the same surname', () => {
    expect(transliteratedName.resolve({ id: 'person:sergei-lavrov', name: 'Sergei Lavrov' }, [lavrov, ryabkov])).toBe('person:sergey-lavrov');
    expect(transliteratedName.resolve({ id: 'person:dmitri-peskov', name: 'Dmitri Peskov' }, [{ id: 'person:dmitry-peskov', name: 'Dmitry Peskov' }])).toBe('person:dmitry-peskov');
  });

  it('never joins different surnames, however similar the first name', () => {
    expect(transliteratedName.resolve({ id: 'person:sergei-ryabkov', name: 'Sergei Ryabkov' }, [lavrov])).toBeNull();
    expect(transliteratedName.resolve({ id: 'person:sergey-lavrov', name: 'Sergey Lavrov' }, [ryabkov])).toBeNull();
  });

  it('never joins different first names with the same surname, and passes on surname-only names or ambiguity', () => {
    expect(transliteratedName.resolve({ id: 'person:maria-lavrov', name: 'Maria Lavrov' }, [lavrov])).toBeNull();
    expect(transliteratedName.resolve({ id: 'person:lavrov', name: 'Lavrov' }, [lavrov])).toBeNull();
    const two = [lavrov, { id: 'person:sergei-lavrov', name: 'Sergei Lavrov' }];
    expect(transliteratedName.resolve({ id: 'person:sergej-lavrov', name: 'Sergej Lavrov' }, two)).toBeNull();
  });
});
