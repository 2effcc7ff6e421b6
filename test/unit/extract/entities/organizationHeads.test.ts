import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const orgs = (text: string) => extractEntitiesFromText(text).organizations.map((o) => o.name);

describe('namedOrganizations: company, club and rights-group heads', () => {
  it('reads clubs, companies and rights groups by their last word', () => {
    expect(orgs('The striker, who now plays for Denver FC, said he was proud.')).toEqual(['Denver FC']);
    expect(orgs('Rights group Harbour Rights said the plan failed.')).toEqual(['Harbour Rights']);
    expect(orgs('Workers at Norland Battery Solutions went on strike.')).toEqual(['Norland Battery Solutions']);
  });

  it('keeps a sentence-initial company word the lexicon knows as an organisation', () => {
    expect(orgs("Toyota Motor Group's chief executive spoke on Monday.")).toEqual(['Toyota Motor Group']);
  });

  it('lets a blocked city name open a club name, never a place ending in a head word', () => {
    expect(orgs('He joined Los Angeles FC in August.')).toEqual(['Los Angeles FC']);
    expect(orgs('Settlers moved into the Palestinian West Bank.')).toEqual([]);
  });

  it('ends a name before an "in <place>" tail', () => {
    expect(orgs('The Maritime Court in Lima ruled on Monday.')).toEqual(['Maritime Court']);
  });
});

describe('namedOrganizations: possessives, weak heads and tails', () => {
  it("joins a possessive before a head word, never after a title", () => {
    expect(orgs("Officials said the Andean People's Party called the vote shameful.")).toEqual(["Andean People's Party"]);
    expect(orgs("Chile's Prime Minister's Office declined to comment.")).toEqual(["Prime Minister's Office of Chile"]);
  });

  it('reads a weak head only at the end of the capitalised run', () => {
    expect(orgs('The Human Rights Monitoring Mission issued a report.')).toEqual(['Human Rights Monitoring Mission']);
    expect(orgs('Officials discussed Human Rights at length.')).toEqual([]);
  });

  it('keeps an "of" tail ending in a non-document word, but not a document word', () => {
    expect(orgs('The Institute for the Study of Peace said fighting slowed.')).toEqual(['Institute for the Study of Peace']);
    expect(orgs('The Institute for the Study of War said fighting slowed.')).toEqual(['Institute for the Study of War']);
  });
});
