import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const roles = (r: ReturnType<typeof extractEntitiesFromText>) => r.persons.map((p) => [p.name, p.roles.map((x) => [x.title, x.of?.name ?? null])]);

describe('occupations as titles', () => {
  it('reads "an economist at <organisation>" after a name as a role of that organisation', () => {
    const r = extractEntitiesFromText('Meanwhile May Haddad, an economist at the Arab Monetary Fund, said growth was slow.');
    expect(roles(r)).toEqual([['May Haddad', [['economist', 'Arab Monetary Fund']]]]);
  });

  it('reads an occupation before a name as a role without owner', () => {
    const r = extractEntitiesFromText('Outside, protesters led by activist Rosa Paredes chanted slogans.');
    expect(roles(r)).toEqual([['Rosa Paredes', [['activist', null]]]]);
  });

  it('reads "speaker of parliament" as one title', () => {
    const r = extractEntitiesFromText("Peru's speaker of parliament Luis Vega met Parliament Speaker Ana Roth.");
    expect(roles(r)).toEqual([
      ['Luis Vega', [['speaker of parliament', 'Peru']]],
      ['Ana Roth', [['Parliament Speaker', null]]],
    ]);
  });
});
