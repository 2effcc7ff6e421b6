import { describe, expect, it } from 'vitest';
import { classifySubjectGap, trailingPronoun } from '../../../../../api/src/extract/statements/speaker/subjectGap';

describe('classifySubjectGap', () => {
  it.each([
    [' ', 'direct'],
    [' on Friday ', 'direct'],
    ["'s foreign ministry ", 'direct'],
    [' diplomatic sources ', 'direct'],
    ['. ', 'direct'],
    [' (ASEAN) have ', 'direct'],
    [' in a statement on Tuesday ', 'direct'],
    [', the spokeswoman for the ministry, ', 'appositive'],
    [' Foreign Ministry, ', 'weak'],
    [' met the envoy and ', 'none'],
    [' signed a treaty with Chile that ', 'none'],
    [' closed by ', 'direct'],
    [' also responded by ', 'direct'],
    [' closed the door by ', 'none'],
    [' in Cairo ', 'direct'],
    [' in the capital ', 'none'],
  ])('%j -> %s', (gap, kind) => {
    expect(classifySubjectGap(gap)).toBe(kind);
  });
});

describe('trailingPronoun', () => {
  it('finds a subject pronoun before the verb, past adverbs', () => {
    expect([trailingPronoun('Asked about it, she also '), trailingPronoun('The minister '), trailingPronoun('He ')]).toEqual([
      { pronoun: 'she', index: 16 },
      null,
      { pronoun: 'he', index: 0 },
    ]);
  });
});
