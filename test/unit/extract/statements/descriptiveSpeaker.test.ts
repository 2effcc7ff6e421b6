import { describe, expect, it } from 'vitest';
import { country, org, person, statementsOf } from '../../../_utils/statements';

/** Speaker name and verb of each statement. */
function speakers(body: string, pairs: ReadonlyArray<readonly [string, ReturnType<typeof person>]>): string[][] {
  return statementsOf(body, pairs).statements.map((s) => [s.speaker.name, s.verb]);
}

describe('descriptiveSpeaker', () => {
  it('resolves "the monarch" to the person named with a sovereign title', () => {
    const body = 'King Harald V received the delegation in Oslo on Monday. The monarch said the Arctic must stay peaceful.';
    expect(speakers(body, [['Harald V', person('Harald V')], ['Oslo', country('Norway', 'NOR')]])).toEqual([['Harald V', 'said']]);
  });

  it('resolves "the group" to the latest non-state organisation', () => {
    const body = 'Fighters of the Northern Front seized a village, Mali\'s defence ministry reported. The group said in a statement that it would hold the area.';
    const pairs = [['Northern Front', org('Northern Front')], ["Mali's defence ministry", org('Ministry of Defence of Mali')]] as const;
    expect(speakers(body, pairs)).toEqual([['Northern Front', 'said in a statement']]);
  });

  it('resolves "his spokesman" to the person when no body of his is known', () => {
    const body = 'Olaf Lind flew to Riga on Tuesday. His spokesman said the trip had long been planned.';
    expect(speakers(body, [['Olaf Lind', person('Olaf Lind')]])).toEqual([['Olaf Lind', 'said']]);
  });

  it('resolves "its energy ministry" to that ministry of the country just spoken of', () => {
    const body = 'Oman raised gas output in May. Its energy ministry said exports would grow. The Ministry of Energy of Oman runs the fields.';
    const pairs = [['Oman', country('Oman', 'OMN')], ['Ministry of Energy of Oman', org('Ministry of Energy of Oman')]] as const;
    expect(speakers(body, pairs)).toEqual([['Ministry of Energy of Oman', 'said']]);
  });

  it('resolves "its foreign ministry" to the country when the entity stage has no such ministry', () => {
    const body = 'Oman hosted the talks in May. Its foreign ministry said the talks were useful.';
    expect(speakers(body, [['Oman', country('Oman', 'OMN')]])).toEqual([['Oman', 'said']]);
  });
});
