import { describe, expect, it } from 'vitest';
import { contentScore, scoreStatements, speakerMatches, tokenF1 } from '../../../api/src/eval/scoreStatements';
import { country, goldStatement, makeGold, makePrediction, organization, person, predStatement } from '../../_utils/evalFixtures';

const lavrov = person('person:sergey-lavrov', 'Sergey Lavrov');
const record = makeGold({
  countries: ['Russia', 'Venezuela'],
  persons: [{ name: 'Sergey Lavrov', aliases: ['Lavrov'], roles: [] }],
  organizations: [{ name: 'Government of Venezuela', aliases: ['the Venezuelan government'] }],
});

describe('tokenF1', () => {
  it('scores token overlap, ignoring case and punctuation', () => {
    expect(tokenF1('No, we have not', 'no we have not')).toBe(1);
    expect(tokenF1('a b c d', 'a b')).toBeCloseTo(2 / 3);
    expect(tokenF1('', 'a')).toBe(0);
  });
});

describe('contentScore', () => {
  const quoted = goldStatement({ speaker: 'Sergey Lavrov', quote: 'No, nobody has asked us for anything [...] it will bring nothing good' });
  it('matches a quote by fragment token F1 >= 0.5', () => {
    expect(contentScore(predStatement(lavrov, { quote: 'nobody asked us for anything' }), quoted)).toBeGreaterThanOrEqual(0.5);
    expect(contentScore(predStatement(lavrov, { quote: 'a completely different sentence about weather' }), quoted)).toBe(0);
  });
  it('matches when the predicted quote contains a fragment of 3+ tokens, however long the prediction', () => {
    const long = 'Many words before. It will bring nothing good, and many, many, many words after it, going on and on and on.';
    expect(contentScore(predStatement(lavrov, { quote: long }), quoted)).toBe(1);
  });
  it('needs a predicted quote for a quoted gold statement', () => {
    expect(contentScore(predStatement(lavrov, { quote: null, text: 'No, nobody has asked us for anything' }), quoted)).toBe(0);
  });
  it('matches indirect speech by the verb, its alternatives, or else the text', () => {
    const indirect = goldStatement({ speaker: 'Sergey Lavrov', verb: 'recalled', verb_alternatives: ['noted'] });
    expect(contentScore(predStatement(lavrov, { verb: 'recalled' }), indirect)).toBe(1);
    expect(contentScore(predStatement(lavrov, { verb: 'noted' }), indirect)).toBe(1);
    expect(contentScore(predStatement(lavrov, { verb: 'said', text: 'He also recalled the treaty.' }), indirect)).toBe(0.75);
    expect(contentScore(predStatement(lavrov, { verb: 'warned', text: 'He warned.' }), indirect)).toBe(0);
  });
});

describe('speakerMatches', () => {
  const prediction = makePrediction({
    persons: [{ id: 'person:sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Lavrov'], roles: [], mentions: [] }],
    organizations: [
      { id: 'org:mfa-ven', name: 'Venezuelan Foreign Ministry', aliases: [], country: 'country:VEN', mentions: [] },
      { id: 'org:gov-ven', name: 'the Venezuelan government', aliases: [], country: null, mentions: [] },
    ],
  });
  it('matches a person by name or alias', () => {
    expect(speakerMatches(person('person:x', 'Lavrov'), goldStatement({ speaker: 'Sergey Lavrov' }), prediction, record)).toBe(true);
    expect(speakerMatches(person('person:y', 'Sergei Ryabkov'), goldStatement({ speaker: 'Sergey Lavrov' }), prediction, record)).toBe(false);
  });
  it('lets a country match its own government or ministries, both ways', () => {
    expect(speakerMatches(organization('org:mfa-ven', 'Venezuelan Foreign Ministry'), goldStatement({ speaker: 'Venezuela' }), prediction, record)).toBe(true);
    expect(speakerMatches(country('VEN', 'Venezuela'), goldStatement({ speaker: 'Government of Venezuela' }), prediction, record)).toBe(true);
    expect(speakerMatches(country('RUS', 'Russia'), goldStatement({ speaker: 'Government of Venezuela' }), prediction, record)).toBe(false);
    expect(speakerMatches(organization('org:gov-ven', 'the Venezuelan government'), goldStatement({ speaker: 'Government of Venezuela' }), prediction, record)).toBe(
      true,
    );
  });
  it('accepts a co-speaker', () => {
    expect(speakerMatches(country('VEN', 'Venezuela'), goldStatement({ speaker: 'Russia', co_speakers: ['Venezuela'] }), prediction, record)).toBe(true);
  });
});

describe('scoreStatements', () => {
  const gold = makeGold({
    ...record,
    statements: [
      goldStatement({ speaker: 'Sergey Lavrov', quote: 'No, nobody has asked us for anything', verb: 'denied', date: '2025-05-16' }),
      goldStatement({ speaker: 'Sergey Lavrov', verb: 'recalled', date: null }),
      goldStatement({ speaker: 'Government of Venezuela', verb: 'has long accused', borderline: true }),
      goldStatement({ speaker: 'Government of Venezuela', verb: 'announced', summary: 'A new deployment.' }),
    ],
  });

  it('scores speaker+content and content only, with borderline statements optional, and checks dates', () => {
    const prediction = makePrediction({
      persons: [{ id: 'person:sergey-lavrov', name: 'Sergey Lavrov', aliases: [], roles: [], mentions: [] }],
      statements: [
        predStatement(lavrov, { quote: '"No, nobody has asked us for anything."', saidAt: '2025-05-16' }),
        predStatement(country('RUS', 'Russia'), { verb: 'recalled', saidAt: '2025-05-01' }),
        predStatement(lavrov, { verb: 'boasted', text: 'He boasted.' }),
      ],
    });
    const result = scoreStatements(prediction, gold);
    expect(result.withSpeaker).toEqual({
      counts: { tp: 1, fp: 2, fn: 2 },
      misses: ['Sergey Lavrov recalled: ', 'Government of Venezuela announced: A new deployment.'],
      falsePositives: ['Russia recalled: ', 'Sergey Lavrov boasted: He boasted.'],
    });
    expect(result.contentOnly.counts).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(result.dates).toEqual({ correct: 1, total: 1, extra: 0 });
    expect(result.wrongDates).toEqual([]);
  });

  it('counts a matched borderline statement as a true positive and reports a wrong date', () => {
    const prediction = makePrediction({
      statements: [
        predStatement(country('VEN', 'Venezuela'), { verb: 'has long accused' }),
        predStatement(lavrov, { quote: 'No, nobody has asked us for anything', saidAt: '2025-05-15' }),
      ],
    });
    const result = scoreStatements(prediction, gold);
    expect(result.withSpeaker.counts).toEqual({ tp: 2, fp: 0, fn: 2 });
    expect(result.dates).toEqual({ correct: 0, total: 1, extra: 0 });
    expect(result.wrongDates).toEqual(['Sergey Lavrov "No, nobody has asked us for anything": gold 2025-05-16, predicted 2025-05-15']);
  });

  it('accepts a more precise predicted date that starts with the gold date', () => {
    const one = makeGold({ ...record, statements: [goldStatement({ speaker: 'Sergey Lavrov', verb: 'said', date: '2021-11' })] });
    const result = scoreStatements(makePrediction({ statements: [predStatement(lavrov, { saidAt: '2021-11-18' })] }), one);
    expect(result.dates).toEqual({ correct: 1, total: 1, extra: 0 });
  });
});
