import { describe, expect, it } from 'vitest';
import { accordingTo } from '../../../../../api/src/extract/statements/rules/accordingTo';
import { describeCue, firstUnitContext } from '../../../../_utils/statements';

describe('accordingTo', () => {
  it('reads a leading source and the clause after it', () => {
    const body = 'According to the Finnish Foreign Ministry, the envoy will return next month.';
    const ctx = firstUnitContext(body);
    expect(accordingTo.apply(ctx).map((c) => describeCue(body, c))).toEqual([
      { verb: 'According to', speaker: 'the Finnish Foreign Ministry', direction: 'after', content: 'the envoy will return next month' },
    ]);
  });

  it('reads a trailing source and the clause before it', () => {
    const body = 'The ceasefire held overnight, according to Kenyan officials.';
    const ctx = firstUnitContext(body);
    expect(accordingTo.apply(ctx).map((c) => describeCue(body, c))).toEqual([
      { verb: 'according to', speaker: 'Kenyan officials', direction: 'after', content: 'The ceasefire held overnight,' },
    ]);
  });

  it('ignores other verbs', () => {
    const body = 'The minister said the border stays open.';
    expect(accordingTo.apply(firstUnitContext(body))).toEqual([]);
  });
});
