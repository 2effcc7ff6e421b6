import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

describe('companyLists rule', () => {
  it('reads the names listed after a plural business noun as organisations, not persons, and links their repeats', () => {
    const r = extractEntitiesFromText('The Treasury blacklisted two shipping firms, Marlow Freight and Sable Logistics, on Friday. Sable Logistics denied wrongdoing.');
    expect(r.persons).toEqual([]);
    expect(r.organizations.map((o) => [o.name, o.mentions.length])).toContainEqual(['Sable Logistics', 2]);
    expect(r.organizations.map((o) => o.name)).toContain('Marlow Freight');
  });

  it('takes a single name only after "such as", "including" or "named"', () => {
    const r = extractEntitiesFromText('Regulators warned lenders such as Kestrel Credit on Monday. The sanctions hit three firms, officials said.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Kestrel Credit']);
  });

  it('reads a name after a hyphenated "<Place>-based" as a business', () => {
    const r = extractEntitiesFromText('The list names Minsk-based Volat Machinery and a Dubai trader.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Volat Machinery']);
    expect(r.persons).toEqual([]);
  });

  it('never reads a hyphenated "-based" or "-led" word as part of a person name', () => {
    const r = extractEntitiesFromText('Hong Kong-based Jade Harbour Trading was added to the list, the ministry said.');
    expect(r.persons).toEqual([]);
    expect(r.organizations.map((o) => o.name)).toContain('Jade Harbour Trading');
  });

  it('does not read country names after the noun as businesses', () => {
    const r = extractEntitiesFromText('The rules cover companies in Kenya and Uganda, and banks, Kenya and Uganda said.');
    expect(r.organizations).toEqual([]);
  });
});
