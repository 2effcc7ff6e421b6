import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

describe('parliamentaryCommittees rule', () => {
  it('reads a lowercase committee owned by a chamber, with the owned form as alias, and gives its head a role', () => {
    const r = extractEntitiesFromText("Olga Derkach, who chairs the lower house's committee on foreign relations, said the bill would pass.");
    expect(r.organizations.map((o) => [o.name, o.aliases])).toEqual([['committee on foreign relations', ["lower house's committee on foreign relations"]]]);
    expect(r.persons.map((p) => p.roles.map((x) => [x.title, x.of?.name]))).toEqual([[['chair', 'committee on foreign relations']]]);
  });

  it('reads remit words before "committee" after a chamber possessive or "parliamentary"', () => {
    const r = extractEntitiesFromText("The senate's budget committee met on Monday. A parliamentary committee for defence and security was set up.");
    expect(r.organizations.map((o) => o.name)).toEqual(['budget committee', 'committee for defence and security']);
  });

  it('reads a capitalised remit after "on" together with the remit words before "committee"', () => {
    const r = extractEntitiesFromText("The Security Council's sanctions committee on North Korea will report in June.");
    expect(r.organizations.map((o) => o.name).sort()).toEqual(['UN Security Council', 'sanctions committee on North Korea']);
    expect(r.countries.map((c) => c.name)).toEqual(['North Korea']);
  });

  it('leaves a committee no chamber owns', () => {
    const r = extractEntitiesFromText('The organising committee on logistics said the summit would start late. A joint committee on water met in May.');
    expect(r.organizations).toEqual([]);
  });
});
