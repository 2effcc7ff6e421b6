import { describe, expect, it } from 'vitest';
import table from '../../../../api/src/extract/statements/speechVerbs.json';
import { cameoRoot, lookupSpeechVerb } from '../../../../api/src/extract/statements/speechVerbs';

describe('speech verb table', () => {
  it('holds the twenty CAMEO roots with their Goldstein values', () => {
    expect(Object.entries(table.roots).sort(([a], [b]) => a.localeCompare(b)).map(([code, r]) => `${code}:${r.goldstein}`)).toEqual([
      '01:0', '02:3', '03:4', '04:1', '05:3.5', '06:6', '07:7', '08:5', '09:-2', '10:-5',
      '11:-2', '12:-4', '13:-4.4', '14:-6.5', '15:-7.2', '16:-4', '17:-7', '18:-9', '19:-10', '20:-10',
    ]);
  });

  it('maps every verb to a known root', () => {
    for (const row of table.verbs) expect(() => cameoRoot(row.code)).not.toThrow();
  });

  it('looks up inflected forms and phrases, not bare nouns', () => {
    expect([lookupSpeechVerb('says')?.lemma, lookupSpeechVerb('Told')?.lemma, lookupSpeechVerb('filed  a strong protest')?.code, lookupSpeechVerb('state')]).toEqual(['say', 'tell', '11', null]);
  });

  it('throws on an unknown root code', () => {
    expect(() => cameoRoot('99')).toThrow(/speechVerbs/);
  });
});

describe('speech verb phrases with modifiers', () => {
  it('reads "expressed" plus determiners and adjectives before its noun as the phrase', () => {
    expect([
      lookupSpeechVerb('expressed their deep gratitude')?.lemma,
      lookupSpeechVerb('voiced its sincere regret')?.code,
      lookupSpeechVerb('expressed the hope')?.lemma,
      lookupSpeechVerb('expressed their ships'),
    ]).toEqual(['express gratitude', '05', 'express hope', null]);
  });

  it('keeps "read" as a past-tense form of a document speaking', () => {
    expect(lookupSpeechVerb('read')?.lemma).toBe('read');
  });
});
