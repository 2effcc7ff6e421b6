import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const orgs = (text: string) => extractEntitiesFromText(text).organizations.map((o) => o.name);

describe('sub-bodies and longer names around known organisations', () => {
  it('never resolves a longer capitalised name ending in a known alias to the known body', () => {
    expect(orgs("He said the AU's Peace and Security Council would meet in May.")).toEqual(['African Union', 'Peace and Security Council']);
    expect(orgs('The National Security Council met on Monday.')).toEqual(['National Security Council']);
    expect(orgs('The Security Council met on Monday.')).toEqual(['UN Security Council']);
  });

  it('keeps a sentence-initial word when dropping it would leave only head words', () => {
    expect(orgs('African Union Commission chief Ana Diallo wrote on X.')).toEqual(['African Union Commission']);
  });
});
