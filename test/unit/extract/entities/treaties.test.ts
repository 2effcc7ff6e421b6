import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const facts = (r: ReturnType<typeof extractEntitiesFromText>) => r.treaties.map((t) => ({ name: t.name, parties: t.parties, signedAt: t.signedAt, status: t.status }));

describe('treaties rule', () => {
  it('reads a described treaty with parties, a "last <month>" date and a pending status', () => {
    const r = extractEntitiesFromText('Last year Chile and Peru talked. Chile signed a fisheries cooperation treaty with Peru last March that still awaits ratification.', '2024-02-10');
    expect(facts(r)).toEqual([{ name: 'Chile–Peru fisheries cooperation treaty', parties: ['country:CHL', 'country:PER'], signedAt: '2023-03', status: 'ratification pending' }]);
  });

  it('keeps relative dates null without a publication date', () => {
    const r = extractEntitiesFromText('Chile signed a fisheries cooperation treaty with Peru last March.');
    expect(facts(r)[0]?.signedAt).toBeNull();
  });

  it('reads named treaties with a year, merges name variants, and links "the treaty"', () => {
    const r = extractEntitiesFromText('Kenya withdrew from the 1998 Lake Victoria Fisheries Treaty on Monday. The Victoria Fisheries Treaty had limited catches. Officials said the treaty failed.');
    expect(facts(r)).toEqual([{ name: 'Lake Victoria Fisheries Treaty', parties: ['country:KEN'], signedAt: '1998', status: 'withdrawn' }]);
    expect(r.treaties[0]?.aliases).toEqual(['Victoria Fisheries Treaty', 'the treaty']);
  });

  it('does not read a generic "the agreement" as a new treaty', () => {
    expect(extractEntitiesFromText('Officials said the agreement was a good idea.').treaties).toEqual([]);
  });

  it('leaves mediators and venues out of the parties', () => {
    const r = extractEntitiesFromText('Chile and Peru signed a border agreement in Quito, brokered by Brazil and Mexico.');
    expect(facts(r)).toEqual([{ name: 'Chile–Peru border agreement', parties: ['country:CHL', 'country:PER'], signedAt: null, status: 'signed' }]);
  });

  it('introduces a bare treaty negotiated between two countries', () => {
    const r = extractEntitiesFromText('Chile and Peru opened talks on a treaty today. Officials said the treaty would cover fishing.');
    expect(facts(r)).toEqual([{ name: 'Chile–Peru treaty', parties: ['country:CHL', 'country:PER'], signedAt: null, status: 'under negotiation' }]);
  });
});
