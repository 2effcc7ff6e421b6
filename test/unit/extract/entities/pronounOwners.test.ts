import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const roles = (r: ReturnType<typeof extractEntitiesFromText>) => r.persons.map((p) => [p.name, p.roles.map((x) => [x.title, x.of?.name ?? null])]);

describe('pronounOwners rule', () => {
  it('gives "its <title>" the organisation named just before, also with a title of the name after the comma', () => {
    const r = extractEntitiesFromText('The Senate Armed Services Committee approved the bill. Its chairman, Senator Ruth Calder, said the vote was clear. The Arctic Fisheries Council met later. Its secretary, Ole Brandt, took notes.');
    expect(roles(r)).toEqual([
      ['Ruth Calder', [['Senator', null], ['chairman', 'Senate Armed Services Committee']]],
      ['Ole Brandt', [['secretary', 'Arctic Fisheries Council']]],
    ]);
  });

  it('leaves "its <title>" without owner when no organisation was named before', () => {
    const r = extractEntitiesFromText('The vote was close. Its chairman, Ole Brandt, said so.');
    expect(roles(r)).toEqual([['Ole Brandt', [['chairman', null]]]]);
  });

  it('does not take a title before the comma from an opening clause that is no apposition', () => {
    const r = extractEntitiesFromText('After meeting the foreign minister, President Ana Soto said talks went well.');
    expect(roles(r)).toEqual([['Ana Soto', [['President', null]]]]);
  });
});

describe('ledCoalitions: a capitalised head before an officer', () => {
  it('gives "Coalition spokesman X" the coalition named before', () => {
    const r = extractEntitiesFromText('The Saudi-led coalition struck the port.\n\nCoalition spokesman Turki Malki said the strikes were precise.');
    expect(roles(r)).toEqual([['Turki Malki', [['spokesman', 'Saudi-led coalition']]]]);
  });
});
