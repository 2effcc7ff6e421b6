import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

describe('envoys to a body', () => {
  it("gives \"<Country>'s UN ambassador\" to the country, with the body in the title; a bare \"UN envoy\" stays the body's", () => {
    const r = extractEntitiesFromText("Chile's UN Ambassador Paula Narvaez said the vote failed. UN envoy Hans Lindqvist welcomed it.");
    expect(r.persons.map((p) => ({ name: p.name, roles: p.roles.map((x) => [x.title, x.of?.name ?? null]) }))).toEqual([
      { name: 'Paula Narvaez', roles: [['UN Ambassador', 'Chile']] },
      { name: 'Hans Lindqvist', roles: [['envoy', 'United Nations']] },
    ]);
  });
});
