import { describe, expect, it } from 'vitest';
import { arePersonNamesCompatible, countryId, organizationId, personId, slugify, treatyId } from '../../../../api/src/extract/entities/ids';

describe('ids', () => {
  it('folds accents in slugs and ids', () => {
    expect(slugify('Nicolás Maduro')).toBe('nicolas-maduro');
    expect(personId('Nicolás Maduro')).toBe(personId('Nicolas Maduro'));
    expect(personId('Recep Tayyip Erdoğan')).toBe('person:recep-tayyip-erdogan');
    expect(countryId('rus')).toBe('country:RUS');
    expect(organizationId('NATO')).toBe('org:nato');
    expect(treatyId('Treaty of Lisbon')).toBe('treaty:treaty-of-lisbon');
  });

  it('merges transliterated first names only with the same surname', () => {
    expect(arePersonNamesCompatible('Sergey Lavrov', 'Sergei Lavrov')).toBe(true);
    expect(arePersonNamesCompatible('Dmitry Peskov', 'Dmitri Peskov')).toBe(true);
    expect(arePersonNamesCompatible('Sergey Lavrov', 'Sergei Ryabkov')).toBe(false);
    expect(arePersonNamesCompatible('Anna Berg', 'Olga Berg')).toBe(false);
  });

  it('links a single name to a fuller one holding it', () => {
    expect(arePersonNamesCompatible('Lavrov', 'Sergey Lavrov')).toBe(true);
    expect(arePersonNamesCompatible('Abiy', 'Abiy Ahmed')).toBe(true);
    expect(arePersonNamesCompatible('Ryabkov', 'Sergey Lavrov')).toBe(false);
  });
});
