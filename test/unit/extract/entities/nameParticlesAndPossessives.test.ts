import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const people = (text: string) => extractEntitiesFromText(text).persons.map((p) => ({ name: p.name, roles: p.roles.map((r) => [r.title, r.of?.name ?? null]) }));

describe('name particles, possessive owners and short demonyms', () => {
  it('keeps one or two lowercase particles inside a name', () => {
    expect(people('Council President Hanna von der Berg met Senator Paulo dos Anjos and Sheikh Khalid bin Saud on Monday.')).toEqual([
      { name: 'Hanna von der Berg', roles: [['President', null]] },
      { name: 'Paulo dos Anjos', roles: [['Senator', null]] },
      { name: 'Khalid bin Saud', roles: [] },
    ]);
  });

  it("reads a name after a country's possessive as a person when a speech verb or a coordinated pair follows, not a landmark", () => {
    expect(people("Chile's Tomasa Quelopana and Peru's Ruperto Anccasi signed first. Peru's Qoricancha Temple was closed. Bolivia's Wilaqhuta Mamani said little.")).toEqual([
      { name: 'Tomasa Quelopana', roles: [] },
      { name: 'Ruperto Anccasi', roles: [] },
      { name: 'Wilaqhuta Mamani', roles: [] },
    ]);
  });

  it('reads the short demonyms Kazakh and Uzbek as owners of a title', () => {
    expect(people('Kazakh President Arman Seitkali and Uzbek Prime Minister Bobur Karimov met in Samarkand.')).toEqual([
      { name: 'Arman Seitkali', roles: [['President', 'Kazakhstan']] },
      { name: 'Bobur Karimov', roles: [['Prime Minister', 'Uzbekistan']] },
    ]);
  });

  it("reads the second of two coordinated possessive names as a person too", () => {
    expect(people("Chile's Tomasa Quelopana and Peru's Ruperto Anccasi will attend.")).toEqual([
      { name: 'Tomasa Quelopana', roles: [] },
      { name: 'Ruperto Anccasi', roles: [] },
    ]);
  });

  it('reads no person in a vessel, a numbered craft or a named pilgrimage', () => {
    expect(people('The survey ship Hai Yang Di left port. Talks covered the Lhasa Manas Kora pilgrimage and the Orinoco Sol 7 launch.')).toEqual([]);
  });
});
