import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const roles = (r: ReturnType<typeof extractEntitiesFromText>) => r.persons.map((p) => [p.name, p.roles.map((x) => [x.title, x.of?.name ?? null])]);

describe('place frames ("In Beijing, ...")', () => {
  it('gives a lowercase "foreign ministry" with no owner the country of the frame, and its spokesman that ministry', () => {
    const r = extractEntitiesFromText('The vote passed. In Tokyo, foreign ministry spokesman Kenji Ota said Japan regretted it.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Foreign Ministry of Japan']);
    expect(roles(r)).toEqual([['Kenji Ota', [['spokesman', 'Foreign Ministry of Japan']]]]);
  });

  it('gives a national title without owner the country of the frame', () => {
    const r = extractEntitiesFromText('The vote passed. In Canberra, Senator Mia Lowe said the deal was overdue. In Ottawa, Vice Foreign Minister Paul Roy agreed.');
    expect(roles(r)).toEqual([
      ['Mia Lowe', [['Senator', 'Australia']]],
      ['Paul Roy', [['Vice Foreign Minister', 'Canada']]],
    ]);
  });

  it('needs the frame to open the sentence and a comma to close it, and leaves international titles alone', () => {
    const r = extractEntitiesFromText('Senator Mia Lowe arrived in Canberra, where she spoke. In Geneva, UN envoy Paul Roy said talks would go on.');
    expect(roles(r)).toEqual([
      ['Mia Lowe', [['Senator', null]]],
      ['Paul Roy', [['envoy', 'United Nations']]],
    ]);
  });
});
