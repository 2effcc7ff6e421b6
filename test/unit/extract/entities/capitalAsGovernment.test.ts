import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText, mentionsOf } from '../../../_utils/extractEntitiesFromText';

describe('capitalAsGovernment rule', () => {
  it('counts a capital that acts: subject, possessive, addressed, between', () => {
    const r = extractEntitiesFromText("Nairobi warned on Monday. Lima's envoy left. The policy towards Hanoi changed. Tension grew between Ottawa and Canberra.");
    expect(mentionsOf(r, 'Country')).toEqual(['Nairobi=Kenya', 'Lima=Peru', 'Hanoi=Vietnam', 'Ottawa=Canada', 'Canberra=Australia']);
    expect(r.mentions.filter((m) => m.ref.kind === 'Country').every((m) => m.form === 'capital')).toBe(true);
  });

  it('ignores a capital that is only a place', () => {
    const r = extractEntitiesFromText('The ministers met in Nairobi and later flew to Lima.');
    expect(r.countries).toEqual([]);
  });

  it('reads an opening dateline as the country', () => {
    const r = extractEntitiesFromText('OTTAWA: The cabinet met late.');
    expect(mentionsOf(r, 'Country')).toEqual(['OTTAWA=Canada']);
  });

  it('reads Brussels acting as the European Union, not Belgium', () => {
    const r = extractEntitiesFromText('Brussels warned member states again.');
    expect(r.countries).toEqual([]);
    expect(mentionsOf(r, 'Organization')).toEqual(['Brussels=European Union']);
  });

  it('counts a capital that a request comes from', () => {
    const r = extractEntitiesFromText('The envoy denied asking for assistance from Ankara.');
    expect(mentionsOf(r, 'Country')).toEqual(['Ankara=Turkey']);
  });
});
