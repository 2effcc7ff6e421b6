import { describe, expect, it } from 'vitest';
import { surnameOnly } from '../../../../api/src/resolve/rules/surnameOnly';

describe('surnameOnly', () => {
  it('joins a surname-only person to the one known full name with that surname', () => {
    expect(surnameOnly.resolve({ id: 'person:lavrov', name: 'Lavrov' }, [{ id: 'person:sergey-lavrov', name: 'Sergey Lavrov' }])).toBe('person:sergey-lavrov');
  });

  it('passes when several full names share the surname, or the name is not surname-only', () => {
    const two = [{ id: 'person:hans-weber', name: 'Hans Weber' }, { id: 'person:anna-weber', name: 'Anna Weber' }];
    expect(surnameOnly.resolve({ id: 'person:weber', name: 'Weber' }, two)).toBeNull();
    expect(surnameOnly.resolve({ id: 'person:sergey-lavrov', name: 'Sergey Lavrov' }, [{ id: 'person:sergey-lavrov', name: 'Sergey Lavrov' }])).toBeNull();
  });
});
