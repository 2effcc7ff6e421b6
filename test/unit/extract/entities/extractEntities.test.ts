import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

// A small article of our own exercising names, titles, descriptions, demonyms, capitals, a ministry and a treaty.
const BODY = `OSLO: Norwegian Foreign Minister Ingrid Dahl said on Tuesday that Oslo had signed a fisheries treaty with Iceland last April. "We are not giving up," Dahl told reporters. The head of Norwegian diplomacy added that the treaty has not yet entered into force. Reykjavik's response was cautious, and the Icelandic Foreign Ministry said talks in Brussels would continue.`;

describe('extractEntities', () => {
  it('extracts a small article as a whole object', () => {
    expect(extractEntitiesFromText(BODY, '2024-06-12')).toEqual({
  "persons": [
    {
      "id": "person:ingrid-dahl",
      "name": "Ingrid Dahl",
      "aliases": [
        "Norwegian Foreign Minister",
        "Dahl",
        "The head of Norwegian diplomacy"
      ],
      "roles": [
        {
          "title": "Foreign Minister",
          "of": {
            "kind": "Country",
            "id": "country:NOR",
            "name": "Norway"
          },
          "span": {
            "start": 0,
            "end": 125
          }
        }
      ],
      "mentions": [
        {
          "start": 33,
          "end": 44,
          "text": "Ingrid Dahl"
        },
        {
          "start": 150,
          "end": 154,
          "text": "Dahl"
        },
        {
          "start": 171,
          "end": 202,
          "text": "The head of Norwegian diplomacy"
        }
      ]
    }
  ],
  "countries": [
    {
      "id": "country:NOR",
      "name": "Norway",
      "iso3": "NOR",
      "mentions": [
        {
          "start": 0,
          "end": 4,
          "text": "OSLO"
        },
        {
          "start": 6,
          "end": 15,
          "text": "Norwegian"
        },
        {
          "start": 66,
          "end": 70,
          "text": "Oslo"
        },
        {
          "start": 183,
          "end": 192,
          "text": "Norwegian"
        }
      ]
    },
    {
      "id": "country:ISL",
      "name": "Iceland",
      "iso3": "ISL",
      "mentions": [
        {
          "start": 106,
          "end": 113,
          "text": "Iceland"
        },
        {
          "start": 257,
          "end": 266,
          "text": "Reykjavik"
        },
        {
          "start": 300,
          "end": 309,
          "text": "Icelandic"
        }
      ]
    }
  ],
  "organizations": [
    {
      "id": "org:isl-foreign-ministry",
      "name": "Icelandic Foreign Ministry",
      "aliases": [],
      "country": "country:ISL",
      "mentions": [
        {
          "start": 300,
          "end": 326,
          "text": "Icelandic Foreign Ministry"
        }
      ]
    }
  ],
  "treaties": [
    {
      "id": "treaty:iceland-norway-fisheries-treaty",
      "name": "Iceland–Norway fisheries treaty",
      "aliases": [
        "fisheries treaty",
        "a fisheries treaty",
        "the treaty"
      ],
      "parties": [
        "country:NOR",
        "country:ISL"
      ],
      "signedAt": "2024-04",
      "status": "ratification pending",
      "mentions": [
        {
          "start": 82,
          "end": 100,
          "text": "a fisheries treaty"
        },
        {
          "start": 214,
          "end": 224,
          "text": "the treaty"
        }
      ]
    }
  ],
  "mentions": [
    {
      "start": 0,
      "end": 4,
      "text": "OSLO",
      "ref": {
        "kind": "Country",
        "id": "country:NOR",
        "name": "Norway"
      },
      "form": "capital"
    },
    {
      "start": 6,
      "end": 15,
      "text": "Norwegian",
      "ref": {
        "kind": "Country",
        "id": "country:NOR",
        "name": "Norway"
      },
      "form": "demonym"
    },
    {
      "start": 33,
      "end": 44,
      "text": "Ingrid Dahl",
      "ref": {
        "kind": "Person",
        "id": "person:ingrid-dahl",
        "name": "Ingrid Dahl"
      },
      "form": "name"
    },
    {
      "start": 66,
      "end": 70,
      "text": "Oslo",
      "ref": {
        "kind": "Country",
        "id": "country:NOR",
        "name": "Norway"
      },
      "form": "capital"
    },
    {
      "start": 82,
      "end": 100,
      "text": "a fisheries treaty",
      "ref": {
        "kind": "Treaty",
        "id": "treaty:iceland-norway-fisheries-treaty",
        "name": "Iceland–Norway fisheries treaty"
      },
      "form": "description"
    },
    {
      "start": 106,
      "end": 113,
      "text": "Iceland",
      "ref": {
        "kind": "Country",
        "id": "country:ISL",
        "name": "Iceland"
      },
      "form": "name"
    },
    {
      "start": 150,
      "end": 154,
      "text": "Dahl",
      "ref": {
        "kind": "Person",
        "id": "person:ingrid-dahl",
        "name": "Ingrid Dahl"
      },
      "form": "name"
    },
    {
      "start": 171,
      "end": 202,
      "text": "The head of Norwegian diplomacy",
      "ref": {
        "kind": "Person",
        "id": "person:ingrid-dahl",
        "name": "Ingrid Dahl"
      },
      "form": "description"
    },
    {
      "start": 183,
      "end": 192,
      "text": "Norwegian",
      "ref": {
        "kind": "Country",
        "id": "country:NOR",
        "name": "Norway"
      },
      "form": "demonym"
    },
    {
      "start": 214,
      "end": 224,
      "text": "the treaty",
      "ref": {
        "kind": "Treaty",
        "id": "treaty:iceland-norway-fisheries-treaty",
        "name": "Iceland–Norway fisheries treaty"
      },
      "form": "description"
    },
    {
      "start": 257,
      "end": 266,
      "text": "Reykjavik",
      "ref": {
        "kind": "Country",
        "id": "country:ISL",
        "name": "Iceland"
      },
      "form": "capital"
    },
    {
      "start": 300,
      "end": 326,
      "text": "Icelandic Foreign Ministry",
      "ref": {
        "kind": "Organization",
        "id": "org:isl-foreign-ministry",
        "name": "Icelandic Foreign Ministry"
      },
      "form": "name"
    },
    {
      "start": 300,
      "end": 309,
      "text": "Icelandic",
      "ref": {
        "kind": "Country",
        "id": "country:ISL",
        "name": "Iceland"
      },
      "form": "demonym"
    }
  ],
  "issues": []
});
  });

  it('keeps every mention text equal to its body slice, sorted by start', () => {
    const r = extractEntitiesFromText(BODY, '2024-06-12');
    for (const m of r.mentions) expect(BODY.slice(m.start, m.end)).toBe(m.text);
    expect([...r.mentions].sort((a, b) => a.start - b.start || b.end - a.end)).toEqual(r.mentions);
  });

  it('returns empty results for empty or odd text without throwing', () => {
    const empty = { persons: [], countries: [], organizations: [], treaties: [], mentions: [], issues: [] };
    expect(extractEntitiesFromText('')).toEqual(empty);
    expect(extractEntitiesFromText('   \n\t')).toEqual(empty);
    expect(extractEntitiesFromText('\u0000\u0001 ### ((( “ ’s ’s . . .')).toEqual(empty);
  });
});
