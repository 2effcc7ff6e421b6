import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../api/src/extract/sentences/index';

const texts = (body: string): string[] => splitSentences(body).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps offsets into the body', () => {
    const body = '  First one here. Second one there.\n';
    const out = splitSentences(body);
    expect(out).toEqual([
      { start: 2, end: 17, text: 'First one here.' },
      { start: 18, end: 35, text: 'Second one there.' },
    ]);
    for (const s of out) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after titles, months and initials', () => {
    expect(texts('Mr. Okafor met Gen. Hale on Jan. 4 in Lagos. John F. Kennedy was mentioned.')).toEqual([
      'Mr. Okafor met Gen. Hale on Jan. 4 in Lagos.',
      'John F. Kennedy was mentioned.',
    ]);
  });

  it('keeps U.S. inside a sentence but ends on it before a sentence opener', () => {
    expect(texts('The U.S. State Department objected. Talks moved to the U.S. The envoy left.')).toEqual([
      'The U.S. State Department objected.',
      'Talks moved to the U.S.',
      'The envoy left.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(texts('\u201cWe will not yield.\u201d The minister left. "Really?" she asked.')).toEqual([
      '\u201cWe will not yield.\u201d',
      'The minister left.',
      '"Really?" she asked.',
    ]);
  });

  it('treats newlines as paragraph breaks', () => {
    expect(texts('A headline without a period\nThe body starts here.\n\nAnother paragraph')).toEqual([
      'A headline without a period',
      'The body starts here.',
      'Another paragraph',
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });
});
