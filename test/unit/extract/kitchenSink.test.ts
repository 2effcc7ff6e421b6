import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../api/src/extract/index';
import type { ExtractionResult, Mention, Span } from '../../../api/src/extract/types';
import { readArticles } from '../../../api/src/source/index';

// The kitchen-sink article (test/fixtures/kitchenSink/article.json, written for this project in the seed's style) exercises every
// feature at once: a minister who denies a report, recalls a treaty signed "last May" pending ratification and warns another
// country; a ministry spokeswoman; a deputy minister with a similar first name; two leaders; capitals acting as governments
// ("Warsaw had asked", "Minsk would") and as plain places ("in Warsaw", "In Minsk", "in Vilnius"); "the head of Polish diplomacy";
// quotes in straight, curly and guillemet marks, before and after the verb, split around it and running over two sentences;
// reported speech ("denied", "recalled that", "according to", "..., X said"); a pronoun subject; and relative dates
// ("today", "last Friday", "a week ago", "this Tuesday", "last May") against a stated publication date.

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'kitchenSink', 'article.json');
const [article] = readArticles({ buffer: readFileSync(FIXTURE), fileName: 'article.json' }).articles;
if (!article) throw new Error('kitchen-sink fixture: no article read');
const body = article.body;

/** The `n`th (1-based) occurrence of `text` in the body, as a mention; throws when there is none, so a fixture edit fails loudly. */
function at(text: string, n = 1): Mention {
  let start = -1;
  for (let i = 0; i < n; i++) {
    start = body.indexOf(text, start + 1);
    if (start < 0) throw new Error(`kitchen-sink fixture: occurrence ${n} of "${text}" not found`);
  }
  return { start, end: start + text.length, text };
}

/** The span of the first occurrence of `text` in the body. */
function spanOf(text: string): Span {
  const { start, end } = at(text);
  return { start, end };
}

const EXPECTED: ExtractionResult = {
  article: {id: "art:5ce7b88f7b8f66d5", title: "Poland denies troop request, warns Minsk over airspace", summary: "Foreign Minister Tomasz Wierzbicki said Warsaw never asked Lithuania to host Polish troops and recalled the defence treaty awaiting ratification.", url: "https://news.example.org/2025/03/poland-denies-troop-request", publishedAt: "2025-03-14", source: "Example Diplomatic Wire (fictional)"},
  persons: [
    {
      id: "person:tomasz-wierzbicki",
      name: "Tomasz Wierzbicki",
      aliases: ["Polish Foreign Minister", "Wierzbicki", "the head of Polish diplomacy"],
      roles: [
        { title: "Foreign Minister", of: { kind: "Country", id: "country:POL", name: "Poland" }, span: spanOf("Polish Foreign Minister Tomasz Wierzbicki today denied a newspaper report that Warsaw had asked Lithuania to host Polish troops.") },
      ],
      mentions: [at("Tomasz Wierzbicki"), at("the head of Polish diplomacy"), at("Wierzbicki", 2), at("Wierzbicki", 3), at("Wierzbicki", 4), at("Wierzbicki", 5)],
    },
    {
      id: "person:agnieszka-sowa",
      name: "Agnieszka Sowa",
      aliases: ["the spokeswoman for the Polish Foreign Ministry", "Sowa"],
      roles: [
        { title: "spokeswoman", of: { kind: "Organization", id: "org:pol-foreign-ministry", name: "Polish Foreign Ministry" }, span: spanOf("Speaking to reporters last Friday, Agnieszka Sowa, the spokeswoman for the Polish Foreign Ministry, said: “We have informed our Lithuanian partners that the report is false.”") },
      ],
      mentions: [at("Agnieszka Sowa"), at("the spokeswoman for the Polish Foreign Ministry"), at("Sowa", 2)],
    },
    {
      id: "person:tomas-zielinski",
      name: "Tomas Zielinski",
      aliases: ["Zielinski"],
      roles: [
        { title: "Deputy Foreign Minister", of: null, span: spanOf("Deputy Foreign Minister Tomas Zielinski assured the European Union that Poland would keep its border crossings with Belarus open to trade.") },
      ],
      mentions: [at("Tomas Zielinski"), at("Zielinski", 2)],
    },
    {
      id: "person:rasa-kalniene",
      name: "Rasa Kalniene",
      aliases: ["Lithuanian President", "the Lithuanian leader"],
      roles: [
        { title: "President", of: { kind: "Country", id: "country:LTU", name: "Lithuania" }, span: spanOf("Lithuanian President Rasa Kalniene welcomed the assurances this Tuesday.") },
      ],
      mentions: [at("Rasa Kalniene"), at("the Lithuanian leader")],
    },
    {
      id: "person:aleksandr-moroz",
      name: "Aleksandr Moroz",
      aliases: ["Belarusian leader", "Moroz"],
      roles: [
        { title: "leader", of: { kind: "Country", id: "country:BLR", name: "Belarus" }, span: spanOf("In Minsk, Belarusian leader Aleksandr Moroz dismissed the warning as hysteria.") },
      ],
      mentions: [at("Aleksandr Moroz"), at("Moroz", 2)],
    },
  ],
  countries: [
    { id: "country:POL", name: "Poland", iso3: "POL", mentions: [at("Polish"), at("Warsaw"), at("Polish", 2), at("Polish", 3), at("Poland"), at("Polish", 4), at("Poland", 2), at("Poland", 3), at("Poland", 4), at("Poland", 5), at("Poland", 6)] },
    { id: "country:LTU", name: "Lithuania", iso3: "LTU", mentions: [at("Lithuania"), at("Lithuania", 2), at("Lithuanian"), at("Lithuanian", 2), at("Lithuanian", 3), at("Lithuanian", 4)] },
    { id: "country:BLR", name: "Belarus", iso3: "BLR", mentions: [at("Minsk"), at("Belarusian"), at("Belarus", 2), at("Belarusian", 2)] },
    { id: "country:USA", name: "United States", iso3: "USA", mentions: [at("Washington")] },
  ],
  organizations: [
    { id: "org:eu", name: "European Union", aliases: ["EU"], country: null, mentions: [at("European Union"), at("EU")] },
    { id: "org:un", name: "United Nations", aliases: [], country: null, mentions: [at("United Nations")] },
    { id: "org:pol-armed-forces", name: "Polish troops", aliases: [], country: "country:POL", mentions: [at("Polish troops")] },
    { id: "org:pol-foreign-ministry", name: "Polish Foreign Ministry", aliases: [], country: "country:POL", mentions: [at("Polish Foreign Ministry")] },
    { id: "org:pol-parliament", name: "Parliament of Poland", aliases: ["parliament"], country: "country:POL", mentions: [at("parliament")] },
  ],
  treaties: [
    {
      id: "treaty:lithuania-poland-defence-cooperation-treaty",
      name: "Lithuania–Poland defence cooperation treaty",
      aliases: ["defence cooperation treaty", "a defence cooperation treaty", "the agreement", "The treaty"],
      parties: ["country:POL", "country:LTU"],
      signedAt: "2024-05",
      status: "ratification pending",
      mentions: [at("a defence cooperation treaty"), at("the agreement"), at("The treaty")],
    },
  ],
  statements: [
    {
      id: "stmt:art:5ce7b88f7b8f66d5:24",
      speaker: { kind: "Person", id: "person:tomasz-wierzbicki", name: "Tomasz Wierzbicki" },
      quote: null,
      text: "Polish Foreign Minister Tomasz Wierzbicki today denied a newspaper report that Warsaw had asked Lithuania to host Polish troops.",
      verb: "denied",
      category: { code: "12", label: "Reject" },
      tone: -4,
      about: [
        { kind: "Country", id: "country:POL", name: "Poland" },
        { kind: "Country", id: "country:LTU", name: "Lithuania" },
        { kind: "Organization", id: "org:pol-armed-forces", name: "Polish troops" },
      ],
      saidAt: "2025-03-14",
      datePrecision: "day",
      dateSource: "relative",
      span: spanOf("Tomasz Wierzbicki today denied a newspaper report that Warsaw had asked Lithuania to host Polish troops"),
    },
    {
      id: "stmt:art:5ce7b88f7b8f66d5:129",
      speaker: { kind: "Person", id: "person:tomasz-wierzbicki", name: "Tomasz Wierzbicki" },
      quote: "No, there has been no such request, and there will not be one,",
      text: "“No, there has been no such request, and there will not be one,” the head of Polish diplomacy told journalists in Warsaw.",
      verb: "told",
      category: { code: "01", label: "Make public statement" },
      tone: 0,
      about: [],
      saidAt: "2025-03-14",
      datePrecision: "day",
      dateSource: "relative",
      span: spanOf("“No, there has been no such request, and there will not be one,” the head of Polish diplomacy told"),
    },
    {
      id: "stmt:art:5ce7b88f7b8f66d5:252",
      speaker: { kind: "Person", id: "person:tomasz-wierzbicki", name: "Tomasz Wierzbicki" },
      quote: null,
      text: "Wierzbicki recalled that Poland signed a defence cooperation treaty with Lithuania last May and said the agreement was awaiting a final ratification vote and had not yet entered into force.",
      verb: "recalled",
      category: { code: "01", label: "Make public statement" },
      tone: 0,
      about: [
        { kind: "Country", id: "country:POL", name: "Poland" },
        { kind: "Treaty", id: "treaty:lithuania-poland-defence-cooperation-treaty", name: "Lithuania–Poland defence cooperation treaty" },
        { kind: "Country", id: "country:LTU", name: "Lithuania" },
      ],
      saidAt: "2025-03-14",
      datePrecision: "day",
      dateSource: "publication",
      span: spanOf("Wierzbicki recalled that Poland signed a defence cooperation treaty with Lithuania last May and said the agreement was awaiting a final ratification vote and had not yet entered into force"),
    },
    {
      id: "stmt:art:5ce7b88f7b8f66d5:443",
      speaker: { kind: "Person", id: "person:tomasz-wierzbicki", name: "Tomasz Wierzbicki" },
      quote: "The treaty is not directed against anyone, [...] It protects our citizens, and parliament will ratify it before the summer.",
      text: "\"The treaty is not directed against anyone,\" said Wierzbicki. \"It protects our citizens, and parliament will ratify it before the summer.\"",
      verb: "said",
      category: { code: "01", label: "Make public statement" },
      tone: 0,
      about: [
        { kind: "Treaty", id: "treaty:lithuania-poland-defence-cooperation-treaty", name: "Lithuania–Poland defence cooperation treaty" },
        { kind: "Organization", id: "org:pol-parliament", name: "Parliament of Poland" },
      ],
      saidAt: "2025-03-14",
      datePrecision: "day",
      dateSource: "publication",
      span: spanOf("\"The treaty is not directed against anyone,\" said Wierzbicki. \"It protects our citizens, and parliament will ratify it before the summer.\""),
    },
    {
      id: "stmt:art:5ce7b88f7b8f66d5:583",
      speaker: { kind: "Person", id: "person:tomasz-wierzbicki", name: "Tomasz Wierzbicki" },
      quote: "pay a heavy price",
      text: "He warned that Minsk would \"pay a heavy price\" if Belarusian aircraft crossed into Lithuanian airspace again.",
      verb: "warned",
      category: { code: "13", label: "Threaten" },
      tone: -4.4,
      about: [
        { kind: "Country", id: "country:BLR", name: "Belarus" },
        { kind: "Country", id: "country:LTU", name: "Lithuania" },
      ],
      saidAt: "2025-03-14",
      datePrecision: "day",
      dateSource: "publication",
      span: spanOf("He warned that Minsk would \"pay a heavy price\""),
    },
    {
      id: "stmt:art:5ce7b88f7b8f66d5:693",
      speaker: { kind: "Person", id: "person:tomasz-wierzbicki", name: "Tomasz Wierzbicki" },
      quote: null,
      text: "Wierzbicki predicted that tensions along the border would ease by the autumn.",
      verb: "predicted",
      category: { code: "01", label: "Make public statement" },
      tone: 0,
      about: [],
      saidAt: "2025-03-14",
      datePrecision: "day",
      dateSource: "publication",
      span: spanOf("Wierzbicki predicted that tensions along the border would ease by the autumn"),
    },
    {
      id: "stmt:art:5ce7b88f7b8f66d5:807",
      speaker: { kind: "Person", id: "person:agnieszka-sowa", name: "Agnieszka Sowa" },
      quote: "We have informed our Lithuanian partners that the report is false.",
      text: "Speaking to reporters last Friday, Agnieszka Sowa, the spokeswoman for the Polish Foreign Ministry, said: “We have informed our Lithuanian partners that the report is false.”",
      verb: "said",
      category: { code: "01", label: "Make public statement" },
      tone: 0,
      about: [
        { kind: "Country", id: "country:LTU", name: "Lithuania" },
      ],
      saidAt: "2025-03-07",
      datePrecision: "day",
      dateSource: "relative",
      span: spanOf("Agnieszka Sowa, the spokeswoman for the Polish Foreign Ministry, said: “We have informed our Lithuanian partners that the report is false.”"),
    },
    {
      id: "stmt:art:5ce7b88f7b8f66d5:947",
      speaker: { kind: "Person", id: "person:agnieszka-sowa", name: "Agnieszka Sowa" },
      quote: null,
      text: "Poland has no plans to send troops abroad, Sowa said.",
      verb: "said",
      category: { code: "01", label: "Make public statement" },
      tone: 0,
      about: [
        { kind: "Country", id: "country:POL", name: "Poland" },
      ],
      saidAt: "2025-03-07",
      datePrecision: "day",
      dateSource: "relative",
      span: spanOf("Poland has no plans to send troops abroad, Sowa said"),
    },
    {
      id: "stmt:art:5ce7b88f7b8f66d5:1026",
      speaker: { kind: "Person", id: "person:tomas-zielinski", name: "Tomas Zielinski" },
      quote: null,
      text: "Deputy Foreign Minister Tomas Zielinski assured the European Union that Poland would keep its border crossings with Belarus open to trade.",
      verb: "assured",
      category: { code: "03", label: "Express intent to cooperate" },
      tone: 4,
      about: [
        { kind: "Organization", id: "org:eu", name: "European Union" },
        { kind: "Country", id: "country:POL", name: "Poland" },
        { kind: "Country", id: "country:BLR", name: "Belarus" },
      ],
      saidAt: "2025-03-14",
      datePrecision: "day",
      dateSource: "publication",
      span: spanOf("Tomas Zielinski assured the European Union that Poland would keep its border crossings with Belarus open to trade"),
    },
    {
      id: "stmt:art:5ce7b88f7b8f66d5:1141",
      speaker: { kind: "Person", id: "person:tomas-zielinski", name: "Tomas Zielinski" },
      quote: "calm and practical",
      text: "According to Zielinski, talks with EU officials a week ago were “calm and practical”.",
      verb: "According to",
      category: { code: "01", label: "Make public statement" },
      tone: 0,
      about: [
        { kind: "Organization", id: "org:eu", name: "European Union" },
      ],
      saidAt: "2025-03-14",
      datePrecision: "day",
      dateSource: "publication",
      span: spanOf("According to Zielinski, talks with EU officials a week ago were “calm and practical”"),
    },
    {
      id: "stmt:art:5ce7b88f7b8f66d5:1249",
      speaker: { kind: "Person", id: "person:rasa-kalniene", name: "Rasa Kalniene" },
      quote: null,
      text: "Lithuanian President Rasa Kalniene welcomed the assurances this Tuesday.",
      verb: "welcomed",
      category: { code: "05", label: "Engage in diplomatic cooperation" },
      tone: 3.5,
      about: [],
      saidAt: "2025-03-11",
      datePrecision: "day",
      dateSource: "relative",
      span: spanOf("Rasa Kalniene welcomed the assurances this Tuesday"),
    },
    {
      id: "stmt:art:5ce7b88f7b8f66d5:1301",
      speaker: { kind: "Person", id: "person:rasa-kalniene", name: "Rasa Kalniene" },
      quote: "We count on Poland, and Poland can count on us,",
      text: "\"We count on Poland, and Poland can count on us,\" the Lithuanian leader said in Vilnius.",
      verb: "said",
      category: { code: "01", label: "Make public statement" },
      tone: 0,
      about: [
        { kind: "Country", id: "country:POL", name: "Poland" },
      ],
      saidAt: "2025-03-11",
      datePrecision: "day",
      dateSource: "relative",
      span: spanOf("\"We count on Poland, and Poland can count on us,\" the Lithuanian leader said"),
    },
    {
      id: "stmt:art:5ce7b88f7b8f66d5:1470",
      speaker: { kind: "Person", id: "person:aleksandr-moroz", name: "Aleksandr Moroz" },
      quote: "Nobody threatens Poland",
      text: "«Nobody threatens Poland», Moroz said on state television.",
      verb: "said",
      category: { code: "01", label: "Make public statement" },
      tone: 0,
      about: [
        { kind: "Country", id: "country:POL", name: "Poland" },
      ],
      saidAt: "2025-03-14",
      datePrecision: "day",
      dateSource: "publication",
      span: spanOf("«Nobody threatens Poland», Moroz said"),
    },
    {
      id: "stmt:art:5ce7b88f7b8f66d5:1530",
      speaker: { kind: "Person", id: "person:tomasz-wierzbicki", name: "Tomasz Wierzbicki" },
      quote: "We want good relations with every neighbour, [...] but we will not be intimidated.",
      text: "\"We want good relations with every neighbour,\" Wierzbicki said, \"but we will not be intimidated.\"",
      verb: "said",
      category: { code: "01", label: "Make public statement" },
      tone: 0,
      about: [],
      saidAt: "2025-03-14",
      datePrecision: "day",
      dateSource: "publication",
      span: spanOf("\"We want good relations with every neighbour,\" Wierzbicki said, \"but we will not be intimidated.\""),
    },
    {
      id: "stmt:art:5ce7b88f7b8f66d5:1628",
      speaker: { kind: "Person", id: "person:tomasz-wierzbicki", name: "Tomasz Wierzbicki" },
      quote: null,
      text: "He stressed that the United Nations had been informed of every incident.",
      verb: "stressed",
      category: { code: "01", label: "Make public statement" },
      tone: 0,
      about: [
        { kind: "Organization", id: "org:un", name: "United Nations" },
      ],
      saidAt: "2025-03-14",
      datePrecision: "day",
      dateSource: "publication",
      span: spanOf("He stressed that the United Nations had been informed of every incident"),
    },
  ],
  issues: [],
};

describe('kitchen-sink article', () => {
  const result = extractArticle(article);

  it('extracts people, roles, countries, organisations, the treaty and the statements, as a whole object', () => {
    expect(result).toEqual(EXPECTED);
  });

  it('keeps every mention and statement offset pointing at its text', () => {
    for (const entity of [...result.persons, ...result.countries, ...result.organizations, ...result.treaties]) {
      for (const m of entity.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
    }
    for (const s of result.statements) if (s.quote) for (const fragment of s.quote.split(' [...] ')) expect(s.text).toContain(fragment);
  });
});
