import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

describe('leaderOffices rule', () => {
  it('reads "his office" as the office of the leader named before', () => {
    const r = extractEntitiesFromText('Kenyan President Ruth Wambui spoke on Monday. She said trade had grown, according to a statement from her office.');
    expect(r.organizations.map((o) => [o.id, o.name, o.aliases, o.country])).toEqual([
      ['org:ken-president-office', "President's Office of Kenya", ['her office'], 'country:KEN'],
    ]);
  });

  it('needs a leader with a country', () => {
    expect(extractEntitiesFromText('Ruth Wambui said so, according to a statement from her office.').organizations).toEqual([]);
  });
});

describe('known organisations with a home country', () => {
  it('keeps the Pentagon and the Defense Department one body, never another country\'s', () => {
    const r = extractEntitiesFromText('The Pentagon said on Monday that the Defense Department backed the plan.');
    expect(r.organizations.map((o) => [o.id, o.aliases])).toEqual([['org:pentagon', ['Defense Department']]]);
    expect(extractEntitiesFromText('The Russian Defense Department said no.').organizations.map((o) => o.id)).toEqual(['org:russian-defense-department']);
  });
});

describe('leaderOffices rule: possessive leader', () => {
  it('reads "<leader>\'s office"', () => {
    const r = extractEntitiesFromText("Kenyan President Ruth Wambui met donors. Wambui's office said the talks went well.");
    expect(r.organizations.map((o) => [o.id, o.aliases])).toEqual([['org:ken-president-office', ["Wambui's office"]]]);
  });
});
