import { describe, expect, it } from 'vitest';
import { sameRoleTitle } from '../../../../api/src/resolve/rules/sameRoleTitle';
import { novakMention } from '../../../_utils/surnameMention';

const polishMinister = { id: 'person:greta-novak', name: 'Greta Novak', roles: [{ titleKey: 'foreign minister', target: 'country:POL' }] };

describe('sameRoleTitle', () => {
  it('scores a title the candidate holds, and nothing for another title or none', () => {
    expect(sameRoleTitle.score(novakMention({ titleKeys: ['foreign minister'] }), polishMinister)).toBe(1);
    expect(sameRoleTitle.score(novakMention({ titleKeys: ['trade minister'] }), polishMinister)).toBe(0);
    expect(sameRoleTitle.score(novakMention(), polishMinister)).toBe(0);
  });
});
