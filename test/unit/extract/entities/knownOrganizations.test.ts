import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText, mentionsOf } from '../../../_utils/extractEntitiesFromText';

describe('knownOrganizations rule', () => {
  it('resolves acronyms and full names to one organisation', () => {
    const r = extractEntitiesFromText('The United Nations and NATO met. Later the UN issued a note, and the Kremlin replied.');
    expect(mentionsOf(r, 'Organization')).toEqual(['United Nations=United Nations', 'NATO=NATO', 'UN=United Nations', 'Kremlin=Kremlin']);
    expect(r.organizations.map((o) => [o.id, o.aliases, o.country])).toEqual([
      ['org:un', ['UN'], null],
      ['org:nato', [], null],
      ['org:kremlin', [], 'country:RUS'],
    ]);
  });

  it('reads the chambers named "House of …", with a country only where the name has one owner', () => {
    const r = extractEntitiesFromText('In the House of Representatives, the bill passed; the House of Commons will vote next.');
    expect(r.organizations.map((o) => [o.name, o.country])).toEqual([
      ['House of Representatives', null],
      ['House of Commons', 'country:GBR'],
    ]);
  });

  it('counts a news agency only when it is a source', () => {
    expect(extractEntitiesFromText('A Reuters photographer waited outside.').organizations).toEqual([]);
    expect(extractEntitiesFromText('The minister told Reuters that talks would resume.').organizations).toEqual([]);
    expect(extractEntitiesFromText('Talks will resume next week, Reuters reported.').organizations.map((o) => o.name)).toEqual(['Reuters']);
  });

  it('counts the White House only when it acts', () => {
    expect(extractEntitiesFromText('Guests gathered at the White House lawn.').organizations).toEqual([]);
    expect(extractEntitiesFromText("The White House said the visit was off.").organizations.map((o) => o.id)).toEqual(['org:white-house']);
  });

  it('ignores an agency credited in a dateline, and lets a seat of government own a title', () => {
    expect(extractEntitiesFromText('LIMA (AP) — The minister said talks would resume.').organizations).toEqual([]);
    const r = extractEntitiesFromText('White House spokesman Tom Reyes spoke.');
    expect(r.persons.map((p) => p.roles.map((x) => [x.title, x.of?.name]))).toEqual([[['spokesman', 'White House']]]);
  });

  it('leaves a longer body headed by an organisation word to the named-organisation rule', () => {
    const r = extractEntitiesFromText('The African Union Commission chairperson, Ana Diallo, spoke.');
    expect(r.organizations.map((o) => o.name)).toEqual(['African Union Commission']);
    expect(r.persons.map((p) => p.roles.map((x) => [x.title, x.of?.name]))).toEqual([[['chairperson', 'African Union Commission']]]);
  });

  it('reads party adjectives before member words, and leaves known bodies inside longer names', () => {
    const r = extractEntitiesFromText('Conservative MPs objected. The Council of the European Union met. A conservative view prevailed.');
    expect(r.organizations.map((o) => [o.id, o.name])).toEqual([
      ['org:uk-conservative-party', 'Conservative Party'],
      ['org:council-of-the-european-union', 'Council of the European Union'],
    ]);
  });
});
