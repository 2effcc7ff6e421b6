import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const names = (text: string) => extractEntitiesFromText(text).treaties.map((t) => ({ name: t.name, parties: t.parties }));

describe('treaties rule: descriptive and long names', () => {
  it('reads compound noun heads joined by "and", and links a later "the pact"', () => {
    const r = extractEntitiesFromText('Chile and Peru agreed to open talks on a supply and cross-servicing agreement. Both hope to sign the pact in June.');
    expect(r.treaties.map((t) => [t.name, t.parties, [...t.aliases]])).toEqual([
      ['Chile–Peru supply cross-servicing agreement', ['country:CHL', 'country:PER'], ['supply cross-servicing agreement', 'a supply and cross-servicing agreement', 'the pact']],
    ]);
  });

  it('reads understanding, memorandum and arrangement heads only with a content word and a treaty verb', () => {
    expect(names('Officials reviewed the implementation of last year\'s disengagement understanding.')).toEqual([{ name: 'disengagement understanding', parties: [] }]);
    expect(names('Kenya and Uganda are negotiating a port arrangement.')).toEqual([{ name: 'Kenya–Uganda port arrangement', parties: ['country:KEN', 'country:UGA'] }]);
    expect(names('Any step needs a clear and shared understanding of the issues.')).toEqual([]);
    expect(names('Kenya would pursue a separate trade arrangement with Uganda.')).toEqual([]);
  });

  it('reads an owner\'s agreement with another country, and "the agreement on <topic>"', () => {
    expect(names("Ghana's free trade agreement with Canada has worked well, the minister said.")).toEqual([{ name: 'Canada–Ghana free trade agreement', parties: ['country:GHA', 'country:CAN'] }]);
    expect(names('Members vowed to finalise the agreement on fishing quotas before the meeting.')).toEqual([{ name: 'agreement on fishing quotas', parties: [] }]);
    expect(names('They reached the agreement on condition of anonymity.')).toEqual([]);
  });

  it('keeps "of/on the/a" tails, hyphenated words and inner connectors in named treaties', () => {
    expect(names('They backed the Treaty on a Chemical-Weapon-Free Zone in South America.').map((t) => t.name)).toEqual(['Treaty on a Chemical-Weapon-Free Zone in South America']);
    expect(names('They ratified the Agreement on the Creation of the Andean Water Fund.').map((t) => t.name)).toEqual(['Agreement on the Creation of the Andean Water Fund']);
  });

  it('does not read policies or wished-for pacts as treaties', () => {
    expect(names('She said the Lima Initiative had shown that debt matters.')).toEqual([]);
    expect(names('The senator said a stronger defence pact was long overdue.')).toEqual([]);
  });
});

describe('treaties rule: weak heads and organisation names', () => {
  it('links "the memorandum" only to a document with that head word', () => {
    const r = extractEntitiesFromText('Chile and Peru signed a memorandum of understanding on energy trade. Officials said the memorandum would help.');
    expect(r.treaties.map((t) => [t.name, [...t.aliases]])).toEqual([
      ['Chile–Peru memorandum of understanding on energy trade', ['memorandum of understanding on energy trade', 'a memorandum of understanding on energy trade', 'the memorandum']],
    ]);
  });

  it('does not read a treaty word inside an organisation name as a treaty', () => {
    const r = extractEntitiesFromText('The Amazon Cooperation Treaty Organization will meet in May.');
    expect([r.treaties, r.organizations.map((o) => o.name)]).toEqual([[], ['Amazon Cooperation Treaty Organization']]);
  });
});

describe('treaties rule: truces, same-head anaphora and datelines', () => {
  it('reads an agreed truce, leaves the dateline country out of the parties, and links "the ceasefire" to it', () => {
    const r = extractEntitiesFromText('CAIRO, Egypt — Chad and Niger agreed on Friday to a 48-hour truce. A framework agreement was signed in 2019. Officials said the ceasefire held.');
    expect(r.treaties.map((t) => [t.name, t.parties, [...t.aliases]])).toEqual([
      ['Chad–Niger 48-hour truce', ['country:TCD', 'country:NER'], ['48-hour truce', 'a 48-hour truce', 'the ceasefire']],
      ['framework agreement', [], ['A framework agreement']],
    ]);
  });

  it('does not read talks toward a ceasefire as a ceasefire', () => {
    expect(extractEntitiesFromText('Chad and Niger urged talks toward a ceasefire.').treaties).toEqual([]);
  });

  it('links "the declaration" to the last declaration rather than the last document', () => {
    const r = extractEntitiesFromText('Chad and Niger signed a joint declaration on Monday. A framework agreement was signed in 2019. Both welcomed the declaration.');
    expect(r.treaties.map((t) => [t.name, [...t.aliases]])).toEqual([
      ['Chad–Niger joint declaration', ['joint declaration', 'a joint declaration', 'the declaration']],
      ['framework agreement', ['A framework agreement']],
    ]);
  });
});

describe('treaties rule: names whose tail looks like a person or a longer word', () => {
  it('takes back a tail read as a person', () => {
    const r = extractEntitiesFromText('Both states ratified the Convention on Cluster Bombs in 2010.');
    expect([r.treaties.map((t) => t.name), r.persons]).toEqual([['Convention on Cluster Bombs'], []]);
  });

  it('never ends a head word inside a longer word', () => {
    expect(names('The Treaty on Conventional Naval Forces in Asia was suspended.').map((t) => t.name)).toEqual(['Treaty on Conventional Naval Forces in Asia']);
  });
});

describe('treaties rule: drafts, absences and initiatives', () => {
  it('reads no draft, no missing declaration and no initiative beside the word "joint"', () => {
    expect(names('Chile and Peru initialled a draft border agreement on Friday.')).toEqual([]);
    expect(names('The summit ended without a joint declaration, while the Pacific Ports Initiative grew.')).toEqual([]);
  });
});

describe('treaties rule: stated parties', () => {
  it('takes exactly the owner and the partner of "<country>\'s ... agreement with <country>"', () => {
    expect(names("Ghana's trade minister said Accra's free trade agreement with Canada worked, unlike Togo's approach.")).toEqual([
      { name: 'Canada–Ghana free trade agreement', parties: ['country:GHA', 'country:CAN'] },
    ]);
  });
});

describe('treaties rule: described documents with a party complement, and sub-parts of named ones', () => {
  it('reads a definite described treaty with a content word and a "with <country>" complement', () => {
    expect(names('Ghana halted the fishing treaty with Senegal after the dispute.')).toEqual([{ name: 'Ghana–Senegal fishing treaty', parties: ['country:GHA', 'country:SEN'] }]);
    expect(names('Chile suspended the extradition treaty on Friday, its minister said.')).toEqual([{ name: 'Chile extradition treaty', parties: ['country:CHL'] }]);
    expect(names('Peru said the trade issue was settled.')).toEqual([]);
  });

  it('reads "Annex B of the X Treaty" as the treaty, with no person for the annex', () => {
    const r = extractEntitiesFromText('Bolivia cited Annex B of the Andes Water Treaty in its complaint.');
    expect(r.treaties.map((t) => t.name)).toEqual(['Andes Water Treaty']);
    expect(r.persons).toEqual([]);
  });
});

describe('treaties rule: later references to one agreement', () => {
  it('links "the deal" and "the <topic> agreement" to the described deal, keeping its first parties', () => {
    const r = extractEntitiesFromText('Fiji signed a fisheries deal with Japan in 2021. Australia criticised the deal on Monday. Tonga said the fisheries agreement worried it.');
    expect(r.treaties.map((t) => [t.name, t.parties, [...t.aliases]])).toEqual([
      ['Fiji–Japan fisheries deal', ['country:FJI', 'country:JPN'], ['fisheries deal', 'a fisheries deal', 'the deal', 'fisheries agreement', 'the fisheries agreement']],
    ]);
  });

  it('links a definite description to the last named treaty with a compatible head, not a new one with a wrong party', () => {
    const r = extractEntitiesFromText('Laos and Thailand signed the Mekong Basin Treaty in 1995. Laos suspended the treaty in April, and China criticised the water-sharing treaty.');
    expect(r.treaties.map((t) => [t.name, t.parties])).toEqual([['Mekong Basin Treaty', ['country:LAO', 'country:THA']]]);
  });

  it('keeps a second described pact with another topic or its own parties apart', () => {
    const r = extractEntitiesFromText('Chile and Peru signed a defence pact on Monday. Bolivia later signed a trade pact with Peru.');
    expect(r.treaties.map((t) => t.name)).toEqual(['Chile–Peru defence pact', 'Bolivia–Peru trade pact']);
  });
});

describe('treaties rule: topics after a described head', () => {
  it('keeps a named subject after "over" and drops a date read as a topic', () => {
    expect(names('Niger insists on a binding agreement over the Niger Basin, the minister said.')).toEqual([{ name: 'Niger binding agreement over the niger basin', parties: ['country:NER'] }]);
    expect(names('Benin and Togo reached an agreement on Tuesday to reopen the border.')).toEqual([{ name: 'Benin–Togo agreement', parties: ['country:BEN', 'country:TGO'] }]);
  });
});

describe('treaties rule: the dateline country as the unnamed party', () => {
  it('adds the dateline country to "a <topic> deal with X" when the sentence names only X', () => {
    expect(names('SUVA — The government signed a policing deal with China last year.')).toEqual([{ name: 'China–Fiji policing deal', parties: ['country:FJI', 'country:CHN'] }]);
    expect(names('SUVA — Samoa signed a policing deal with China last year.')).toEqual([{ name: 'China–Samoa policing deal', parties: ['country:WSM', 'country:CHN'] }]);
  });
});

describe('treaties rule: generic uses of "deal"', () => {
  it('reads no treaty in "a good deal of", "no big deal" or the verb "deal with"', () => {
    expect(names('Mali signed a good deal of paperwork. Chad said it was no big deal. Niger agreed to deal with the problem.')).toEqual([]);
  });
});
