import { describe, expect, it } from 'vitest';
import { sameId } from '../../../../api/src/resolve/rules/sameId';

describe('sameId', () => {
  it('keeps a person whose id is known, passes otherwise', () => {
    const known = [{ id: 'person:sergey-lavrov', name: 'Sergey Lavrov' }];
    expect(sameId.resolve({ id: 'person:sergey-lavrov', name: 'Sergey Lavrov' }, known)).toBe('person:sergey-lavrov');
    expect(sameId.resolve({ id: 'person:sergei-lavrov', name: 'Sergei Lavrov' }, known)).toBeNull();
  });
});
