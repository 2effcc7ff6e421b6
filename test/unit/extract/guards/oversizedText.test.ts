import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARS, oversizedText } from '../../../../api/src/extract/guards/oversizedText';
import { makeArticle } from '../../../_utils/article';

const context = { today: '2025-01-01' };

describe('oversizedText', () => {
  it('caps a long body at the last paragraph break before the limit and reports the cut', () => {
    const paragraph = `${'The delegations met again and talked for a long time. '.repeat(20).trim()}\n`;
    const body = paragraph.repeat(Math.ceil((MAX_BODY_CHARS * 1.5) / paragraph.length));
    const verdict = oversizedText(makeArticle(body), context);
    const kept = verdict.body ?? '';
    expect(kept.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(kept.length).toBeGreaterThan(MAX_BODY_CHARS * 0.9);
    expect(body.startsWith(kept)).toBe(true);
    expect(kept.endsWith('time.')).toBe(true);
    expect(verdict.skip).toBe(false);
    expect(verdict.issues).toEqual([
      {
        kind: 'text-truncated',
        message: `extract: the body has ${body.length.toLocaleString('en-US')} characters; only the first ${kept.length.toLocaleString('en-US')} were extracted (limit 100,000)`,
        span: { start: kept.length, end: body.length },
      },
    ]);
  });
  it('cuts one endless paragraph at a sentence end', () => {
    const body = 'The talks went on. '.repeat(8_000);
    const kept = oversizedText(makeArticle(body), context).body ?? '';
    expect(kept.endsWith('on.')).toBe(true);
  });
  it('leaves a body under the limit alone', () => {
    expect(oversizedText(makeArticle('Short.'), context)).toEqual({ issues: [], skip: false });
  });
});
