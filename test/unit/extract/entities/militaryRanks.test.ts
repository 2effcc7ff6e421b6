import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

describe('military ranks', () => {
  it('keeps a rank as a role only with an owner', () => {
    const r = extractEntitiesFromText('Colonel Ana Ruiz met Chilean General Tomas Parra and Lieutenant General Luis Vega on Monday.');
    expect(r.persons.map((p) => ({ name: p.name, roles: p.roles.map((x) => [x.title, x.of?.name ?? null]) }))).toEqual([
      { name: 'Ana Ruiz', roles: [] },
      { name: 'Tomas Parra', roles: [['General', 'Chile']] },
      { name: 'Luis Vega', roles: [] },
    ]);
  });
});
