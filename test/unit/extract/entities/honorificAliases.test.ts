import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

describe('honorificAliases rule', () => {
  it('keeps the honorific form as an alias and the bare name as the name', () => {
    const r = extractEntitiesFromText("Oman's foreign minister, Sayyid Badr, met Sheikh Nasser bin Khalid Al Sabah on Sunday. Dr. Leila Haddad told reporters the talks were useful.");
    const nasser = r.persons.find((p) => p.name === 'Nasser bin Khalid Al Sabah');
    const leila = r.persons.find((p) => p.name === 'Leila Haddad');
    expect(nasser?.aliases).toContain('Sheikh Nasser bin Khalid Al Sabah');
    expect(leila?.aliases).toContain('Dr. Leila Haddad');
    expect(r.persons.some((p) => /^(Sheikh|Dr)/.test(p.name))).toBe(false);
  });

  it('lets an appositive title reach a name behind an honorific, and strips a royal style from the office', () => {
    const r = extractEntitiesFromText("Kuwait's prime minister, Sheikh Nasser bin Khalid Al Sabah, said the talks were useful. Saudi Foreign Minister Prince Fahd bin Salman agreed.");
    expect(r.persons.map((p) => [p.name, p.roles.map((x) => [x.title, x.of?.name ?? null])])).toEqual([
      ['Nasser bin Khalid Al Sabah', [['prime minister', 'Kuwait']]],
      ['Fahd bin Salman', [['Foreign Minister', 'Saudi Arabia']]],
    ]);
    expect(r.persons[1]?.aliases).toContain('Prince Fahd bin Salman');
  });
});
