import { describe, expect, it } from 'vitest';
import { contentTokens, normalizeName, sameSet, tokens } from '../../../api/src/eval/normalizeName';

describe('normalizeName', () => {
  it.each([
    ['Nicolás Maduro', 'nicolas maduro'],
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ["Russia's", 'russia'],
    ['Lebanon’s', 'lebanon'],
    ['The Kremlin', 'kremlin'],
    ['the  U.S.  State Department', 'u s state department'],
    ["Kurdistan Workers' Party", 'kurdistan workers party'],
    ['Armenia–Azerbaijan peace deal', 'armenia azerbaijan peace deal'],
    ['Theodore', 'theodore'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('tokens and contentTokens', () => {
  it('folds accents and drops punctuation', () => {
    expect(tokens('“No,” Ülkü said!')).toEqual(['no', 'ulku', 'said']);
  });
  it('drops stopwords from names', () => {
    expect([...contentTokens('Ministry of Foreign Affairs of the Republic')]).toEqual(['ministry', 'foreign', 'affairs', 'republic']);
  });
  it('compares sets, never matching two empty ones', () => {
    expect(sameSet(contentTokens('Foreign Ministry of Armenia'), contentTokens('Armenia Foreign Ministry'))).toBe(true);
    expect(sameSet(contentTokens('the'), contentTokens('of'))).toBe(false);
  });
});
