import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const persons = (text: string) => extractEntitiesFromText(text).persons.map((p) => p.name);

describe('personNames: document labels and regnal numbers', () => {
  it('reads no person in a run holding or following a document or operation word', () => {
    expect(persons('Under Annex D, the two sides share the river.')).toEqual([]);
    expect(persons('The navy began Operation Coral Shield last week.')).toEqual([]);
    expect(persons('The navy began the mission Coral Shield last week.')).toEqual([]);
    expect(persons('Output at Yacyreta Binacional rose sharply.')).toEqual([]);
  });

  it('keeps a regnal number after a given name as part of the name', () => {
    expect(persons('King Harald V met King Felipe VI in Oslo on Monday.')).toEqual(['Harald V', 'Felipe VI']);
    expect(persons('Pope Leo XIV said peace was possible.')).toEqual(['Leo XIV']);
  });

  it('still reads ordinary names', () => {
    expect(persons('Maria Okafor said the plan would work.')).toEqual(['Maria Okafor']);
  });
});
