import { describe, expect, it } from 'vitest';
import { binaryText } from '../../../../api/src/extract/guards/binaryText';
import { makeArticle } from '../../../_utils/article';

const context = { today: '2025-01-01' };

describe('binaryText', () => {
  it('skips text that is mostly control or replacement characters', () => {
    const garbage = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 7) % 32)) + '\ufffd'.repeat(100);
    expect(binaryText(makeArticle(garbage), context)).toEqual({
      issues: [{ kind: 'binary-text', message: 'extract: the body looks like binary data (92% control or invalid characters); skipped', span: null }],
      skip: true,
    });
  });
  it('passes text with tabs, line breaks and a stray replacement character', () => {
    expect(binaryText(makeArticle('The envoy\tspoke.\r\nA caf\ufffd opened nearby, and the talks went on for hours.'), context)).toEqual({
      issues: [],
      skip: false,
    });
  });
});
