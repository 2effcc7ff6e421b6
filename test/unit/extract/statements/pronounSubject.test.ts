import { describe, expect, it } from 'vitest';
import { person, statementsOf } from '../../../_utils/statements';

const vega = person('Lucia Vega');
const brandt = person('Tomas Brandt');
const pairs = [['Lucia Vega', vega], ['Tomas Brandt', brandt]] as const;

/** Speakers of an article whose last paragraph says "he wrote" after a paragraph opened by `middle`. */
function speakersAfter(middle: string): string[] {
  const body = `Lucia Vega said the port deal was vital for jobs.\n\n${middle}\n\nIn a post on X he wrote that the ships would be built in Valparaiso.`;
  return statementsOf(body, pairs).statements.map((s) => `${s.speaker.name} ${s.verb}`);
}

describe('pronoun subject across paragraphs', () => {
  it('takes the subject of a non-speech verb after an opening adverbial', () => {
    expect(speakersAfter('Later, Tomas Brandt toured the shipyard.')).toEqual(['Lucia Vega said', 'Tomas Brandt wrote']);
  });

  it('takes the subject behind a lowercase portfolio title', () => {
    expect(speakersAfter('Defence industry minister Tomas Brandt toured the shipyard.')).toEqual(['Lucia Vega said', 'Tomas Brandt wrote']);
  });

  it('takes the subject behind a title with a connector', () => {
    expect(speakersAfter('Minister for Defence Industry Tomas Brandt toured the shipyard.')).toEqual(['Lucia Vega said', 'Tomas Brandt wrote']);
  });

  it('does not take a person named in the object', () => {
    expect(speakersAfter('The shipyard was toured by Tomas Brandt.')).toEqual(['Lucia Vega said', 'Lucia Vega wrote']);
  });
});
