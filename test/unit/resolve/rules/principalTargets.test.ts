import { describe, expect, it } from 'vitest';
import { principalTargets } from '../../../../api/src/resolve/rules/principalTargets';

const novak = (roles: Array<{ titleKey: string; target: string; articles?: number }>) => ({ id: 'person:greta-novak', name: 'Greta Novak', roles });

describe('principalTargets', () => {
  it('keeps the targets attested at least a third as often as the most attested one, summed over titles', () => {
    const roles = [
      { titleKey: 'foreign minister', target: 'country:POL', articles: 20 },
      { titleKey: 'deputy prime minister', target: 'country:POL', articles: 4 },
      { titleKey: 'chair', target: 'org:osce', articles: 9 },
      { titleKey: 'secretary of state', target: 'country:USA', articles: 3 },
    ];
    expect(principalTargets(novak(roles))).toEqual(new Set(['country:POL', 'org:osce']));
  });

  it('weighs a role of unknown count as one article, so a few roles met once each are all principal', () => {
    expect(principalTargets(novak([{ titleKey: 'foreign minister', target: 'country:POL' }, { titleKey: 'envoy', target: 'org:un' }]))).toEqual(new Set(['country:POL', 'org:un']));
  });

  it('is empty for a person without roles', () => {
    expect(principalTargets({ id: 'person:ivo-novak', name: 'Ivo Novak' })).toEqual(new Set());
  });
});
