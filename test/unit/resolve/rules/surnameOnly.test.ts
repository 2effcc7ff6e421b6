import { describe, expect, it } from 'vitest';
import { SURNAME_EVIDENCE } from '../../../../api/src/resolve/rules/index';
import { chooseBySurname } from '../../../../api/src/resolve/rules/surnameOnly';
import { novakMention as mention } from '../../../_utils/surnameMention';
const greta = { id: 'person:greta-novak', name: 'Greta Novak', roles: [{ titleKey: 'foreign minister', target: 'country:POL' }], firstSeen: '2024-01-10', lastSeen: '2024-09-01' };
const ivo = { id: 'person:ivo-novak', name: 'Ivo Novak', roles: [{ titleKey: 'defence minister', target: 'country:CHL' }], firstSeen: '2024-02-01', lastSeen: '2024-06-01' };

describe('chooseBySurname', () => {
  it('links to the only full name with that surname unless the evidence is against it', () => {
    expect(chooseBySurname(mention(), [greta], SURNAME_EVIDENCE)).toBe('person:greta-novak');
    expect(chooseBySurname(mention({ targets: ['country:CHL'], mentioned: ['country:CHL'] }), [greta], SURNAME_EVIDENCE)).toBeNull();
  });

  it('picks the clearly best of several, in any candidate order, and passes on a tie', () => {
    const chile = mention({ targets: ['country:CHL'], mentioned: ['country:CHL', 'country:POL'] });
    expect(chooseBySurname(chile, [greta, ivo], SURNAME_EVIDENCE)).toBe('person:ivo-novak');
    expect(chooseBySurname(chile, [ivo, greta], SURNAME_EVIDENCE)).toBe('person:ivo-novak');
    expect(chooseBySurname(mention({ mentioned: ['country:POL'] }), [ivo, greta], SURNAME_EVIDENCE)).toBe('person:greta-novak');
    expect(chooseBySurname(mention({ mentioned: ['country:CHL', 'country:POL'] }), [greta, ivo], SURNAME_EVIDENCE)).toBeNull();
    expect(chooseBySurname(mention(), [greta, ivo], SURNAME_EVIDENCE)).toBeNull();
  });

  it('ignores candidates of another surname or without a first name, and answers null without candidates', () => {
    const other = { id: 'person:anna-varga', name: 'Anna Varga' };
    expect(chooseBySurname(mention(), [other, { id: 'person:novak', name: 'Novak' }], SURNAME_EVIDENCE)).toBeNull();
    expect(chooseBySurname(mention(), [], SURNAME_EVIDENCE)).toBeNull();
  });
});
