import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText, mentionsOf } from '../../../_utils/extractEntitiesFromText';

describe('organizationCues rule', () => {
  it('reads a name after a cue noun and links its later repeats', () => {
    const r = extractEntitiesFromText('Analysts at Lima-based consultancy Sierra Risk expect slower growth. Sierra Risk cut its forecast.');
    expect(mentionsOf(r, 'Organization')).toEqual(['Sierra Risk=Sierra Risk', 'Sierra Risk=Sierra Risk']);
    expect(r.persons).toEqual([]);
  });

  it('reads rights groups and think tanks', () => {
    expect(extractEntitiesFromText('Rights group Open Borders Now said the camps were full.').organizations.map((o) => o.name)).toEqual(['Open Borders Now']);
    expect(extractEntitiesFromText('Think tank Baltic Compass said trade slowed.').organizations.map((o) => o.name)).toEqual(['Baltic Compass']);
  });

  it('reads a cued newspaper only when it is the source', () => {
    const r = extractEntitiesFromText('The ruling party newspaper Minju Sinbo said in a commentary that the talks had failed.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Minju Sinbo']);
    const told = extractEntitiesFromText('The minister told the newspaper Minju Sinbo that talks had failed.');
    expect([told.organizations, told.persons]).toEqual([[], []]);
  });

  it('ignores a cue followed by a title or a date', () => {
    expect(extractEntitiesFromText('The company Chairman resigned on Monday.').organizations).toEqual([]);
    expect(extractEntitiesFromText('She joined the club Monday.').organizations).toEqual([]);
  });
});

describe('cue nouns opening a sentence', () => {
  it('are never part of the name', () => {
    expect(extractEntitiesFromText('Carmaker Volta Motors said it would build a plant.').organizations.map((o) => o.name)).toEqual(['Volta Motors']);
  });
});

describe('names before a lowercase kind', () => {
  it('reads "the ruling X party" and later bare mentions', () => {
    const r = extractEntitiesFromText("Peru's ruling Nuevo Rumbo party blocked the bill. Nuevo Rumbo said it would not back down.");
    expect(r.organizations.map((o) => [o.id, o.name, o.aliases])).toEqual([['org:nuevo-rumbo', 'Nuevo Rumbo', ['Nuevo Rumbo party']]]);
    expect(mentionsOf(r, 'Organization')).toEqual(['Nuevo Rumbo party=Nuevo Rumbo', 'Nuevo Rumbo=Nuevo Rumbo']);
  });

  it('ignores a common word or a demonym before "party"', () => {
    expect(extractEntitiesFromText('Members of the Communist party and the Chilean party met.').organizations).toEqual([]);
  });
});
