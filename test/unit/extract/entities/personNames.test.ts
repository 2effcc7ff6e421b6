import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText, mentionsOf } from '../../../_utils/extractEntitiesFromText';

const roles = (r: ReturnType<typeof extractEntitiesFromText>) => r.persons.map((p) => [p.name, p.roles.map((x) => [x.title, x.of?.name ?? null])]);

describe('personNames rule', () => {
  it('strips a title before the name and keeps it as a role of the country', () => {
    const r = extractEntitiesFromText('Kenyan Foreign Minister Amina Odhiambo arrived on Monday.');
    expect(roles(r)).toEqual([['Amina Odhiambo', [['Foreign Minister', 'Kenya']]]]);
    expect(mentionsOf(r, 'Person')).toEqual(['Amina Odhiambo=Amina Odhiambo']);
    expect(r.persons[0]?.id).toBe('person:amina-odhiambo');
  });

  it('reads appositive titles after and before the name, with organisations as owners', () => {
    const r = extractEntitiesFromText('Tomas Varga, the spokesman for the Chilean Foreign Ministry, spoke first. Later the head of NATO, Ingrid Solberg, replied.');
    expect(roles(r)).toEqual([
      ['Tomas Varga', [['spokesman', 'Chilean Foreign Ministry']]],
      ['Ingrid Solberg', [['head', 'NATO']]],
    ]);
  });

  it('reads possessive owners and multi-word titles', () => {
    const r = extractEntitiesFromText("Chile's Deputy Foreign Minister Pablo Rojas met NATO Secretary General Ingrid Solberg.");
    expect(roles(r)).toEqual([
      ['Pablo Rojas', [['Deputy Foreign Minister', 'Chile']]],
      ['Ingrid Solberg', [['Secretary General', 'NATO']]],
    ]);
  });

  it('keeps particles and accents, and never makes persons of places, months or institutions', () => {
    const r = extractEntitiesFromText('In March, Crown Prince Faisal bin Nasser toured the Black Sea Grain Terminal near Tarawa Atoll with José Ramírez.');
    expect(r.persons.map((p) => p.name)).toEqual(['Faisal bin Nasser', 'José Ramírez']);
    expect(r.persons[1]?.id).toBe('person:jose-ramirez');
  });

  it('keeps transliterated namesakes apart unless the surname matches', () => {
    const r = extractEntitiesFromText('Sergey Orlov met Sergei Volkov. Later Sergei Orlov spoke.');
    expect(r.persons.map((p) => [p.name, p.aliases])).toEqual([['Sergey Orlov', ['Sergei Orlov']], ['Sergei Volkov', []]]);
  });

  it('reads ambassador titles with their destination, before or after the name', () => {
    const r = extractEntitiesFromText("Lima's ambassador to Quito, Rosa Paredes, left. Jean Morel, France's ambassador to Chile, stayed.");
    expect(roles(r)).toEqual([
      ['Rosa Paredes', [['ambassador to Quito', 'Peru']]],
      ['Jean Morel', [['ambassador to Chile', 'France']]],
    ]);
    expect(r.persons.map((p) => p.aliases)).toEqual([["Lima's ambassador to Quito"], ["France's ambassador to Chile"]]);
  });

  it('keeps honorifics out of names and titles', () => {
    const r = extractEntitiesFromText("Iran's supreme leader Ayatollah Reza Kamali spoke.");
    expect(roles(r)).toEqual([['Reza Kamali', [['supreme leader', 'Iran']]]]);
  });

  it('ends a name at a title inside a capitalised run, and skips Title Case crossheads and city names', () => {
    const r = extractEntitiesFromText('Sao Paulo Governor Ana Lima met envoys in Hong Kong.\nDelegates Cautiously Hopeful\nThe talks resumed.');
    expect(roles(r)).toEqual([['Ana Lima', [['Governor', null]]]]);
  });

  it('keeps dotted initials and hyphenated Korean given names inside names', () => {
    const r = extractEntitiesFromText('Vice President J.R. Hale met President Park Min-jun.');
    expect(r.persons.map((p) => p.name)).toEqual(['J.R. Hale', 'Park Min-jun']);
  });

  it('keeps two capital initials after a title as part of the name', () => {
    const r = extractEntitiesFromText('Vice President JD Vance said the plan was ready. The US Army agreed.');
    expect(r.persons.map((p) => [p.name, p.roles.map((x) => [x.title, x.of?.name ?? null])])).toEqual([['JD Vance', [['Vice President', 'United States']]]]);
  });
});
