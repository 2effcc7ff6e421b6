import { describe, expect, it } from 'vitest';
import { sameRoleTarget } from '../../../../api/src/resolve/rules/sameRoleTarget';
import { novakMention } from '../../../_utils/surnameMention';

const polishMinister = { id: 'person:greta-novak', name: 'Greta Novak', roles: [{ titleKey: 'foreign minister', target: 'country:POL' }] };

describe('sameRoleTarget', () => {
  it('scores a role for the same country for, and a role for another country against', () => {
    expect(sameRoleTarget.score(novakMention({ targets: ['country:POL'] }), polishMinister)).toBe(4);
    expect(sameRoleTarget.score(novakMention({ targets: ['country:CHL'] }), polishMinister)).toBe(-4);
  });

  it('says nothing when either side has no role target, or the targets are of different kinds', () => {
    expect(sameRoleTarget.score(novakMention(), polishMinister)).toBe(0);
    expect(sameRoleTarget.score(novakMention({ targets: ['country:POL'] }), { id: 'person:ivo-novak', name: 'Ivo Novak' })).toBe(0);
    expect(sameRoleTarget.score(novakMention({ targets: ['org:un'] }), polishMinister)).toBe(0);
  });

  it('says nothing for a country the candidate holds a role for only rarely, beside the one it mainly serves', () => {
    const mostlyPolish = {
      ...polishMinister,
      roles: [{ titleKey: 'foreign minister', target: 'country:POL', articles: 30 }, { titleKey: 'secretary of state', target: 'country:USA', articles: 2 }],
    };
    expect(sameRoleTarget.score(novakMention({ targets: ['country:USA'] }), mostlyPolish)).toBe(0);
    expect(sameRoleTarget.score(novakMention({ targets: ['country:POL'] }), mostlyPolish)).toBe(4);
    expect(sameRoleTarget.score(novakMention({ targets: ['country:CHL'] }), mostlyPolish)).toBe(-4);
  });
});
