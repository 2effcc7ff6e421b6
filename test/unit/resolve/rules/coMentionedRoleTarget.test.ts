import { describe, expect, it } from 'vitest';
import { coMentionedRoleTarget } from '../../../../api/src/resolve/rules/coMentionedRoleTarget';
import { novakMention } from '../../../_utils/surnameMention';

const polishMinister = { id: 'person:greta-novak', name: 'Greta Novak', roles: [{ titleKey: 'foreign minister', target: 'country:POL' }] };

describe('coMentionedRoleTarget', () => {
  it('scores an article that mentions the country the candidate serves, and nothing otherwise', () => {
    expect(coMentionedRoleTarget.score(novakMention({ mentioned: ['country:CHL', 'country:POL'] }), polishMinister)).toBe(2);
    expect(coMentionedRoleTarget.score(novakMention({ mentioned: ['country:CHL'] }), polishMinister)).toBe(0);
    expect(coMentionedRoleTarget.score(novakMention({ mentioned: ['country:POL'] }), { id: 'person:ivo-novak', name: 'Ivo Novak' })).toBe(0);
  });

  it('ignores a country the candidate was given a role for only rarely, among many articles that say otherwise', () => {
    const mostlyPolish = {
      ...polishMinister,
      roles: [{ titleKey: 'foreign minister', target: 'country:POL', articles: 30 }, { titleKey: 'secretary of state', target: 'country:USA', articles: 2 }],
    };
    expect(coMentionedRoleTarget.score(novakMention({ mentioned: ['country:USA', 'country:CHL'] }), mostlyPolish)).toBe(0);
    expect(coMentionedRoleTarget.score(novakMention({ mentioned: ['country:USA', 'country:POL'] }), mostlyPolish)).toBe(2);
  });
});
