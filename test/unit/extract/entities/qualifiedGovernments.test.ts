import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const orgs = (text: string) => extractEntitiesFromText(text).organizations.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases, country: o.country }));

describe('qualifiedGovernments rule', () => {
  it('reads "<country>\'s military government" as that country\'s government', () => {
    expect(orgs("Sudan's military government rejected the plan.")).toEqual([
      { id: 'org:sdn-government', name: 'Military government of Sudan', aliases: ["Sudan's military government", 'military government'], country: 'country:SDN' },
    ]);
  });

  it('gives "the interim government" the dateline country', () => {
    expect(orgs('LIMA — Peru will hold elections. Critics said the interim government had waited too long.')).toEqual([
      { id: 'org:per-government', name: 'Interim government of Peru', aliases: ['interim government'], country: 'country:PER' },
    ]);
  });

  it("reads a leader's office owned by a country", () => {
    expect(orgs("Chile's Prime Minister's Office declined to comment.")).toEqual([
      { id: 'org:chl-prime-minister-office', name: "Prime Minister's Office of Chile", aliases: ["Prime Minister's Office"], country: 'country:CHL' },
    ]);
  });

  it('needs a country or a determiner', () => {
    expect(orgs('An interim government is possible.')).toEqual([]);
  });
});
