import { describe, expect, it } from 'vitest';
import { org, person, statementsOf } from '../../../_utils/statements';

const kremlin = org('Kremlin');
const peskov = person('Dmitry Peskov');

describe('heading', () => {
  it('skips a time-stamped live-blog heading and keeps the entry below it', () => {
    const body = '13:15 — Kremlin rejects accusations\n\nDmitry Peskov told reporters on Monday that the claims were baseless.';
    const { statements } = statementsOf(body, [['Kremlin', kremlin], ['Dmitry Peskov', peskov]]);
    expect(statements.map((s) => [s.speaker.name, s.verb])).toEqual([['Dmitry Peskov', 'told']]);
  });

  it('skips a short line without a final period', () => {
    const body = 'Kremlin denies drone flights over Baltic ports\n\nDmitry Peskov said the claims were baseless.';
    const { statements } = statementsOf(body, [['Kremlin', kremlin], ['Dmitry Peskov', peskov]]);
    expect(statements.map((s) => [s.speaker.name, s.verb])).toEqual([['Dmitry Peskov', 'said']]);
  });

  it('keeps a short paragraph that ends as a sentence', () => {
    const body = 'Talks resumed in Geneva.\n\nThe Kremlin denied the claims.';
    const { statements } = statementsOf(body, [['Kremlin', kremlin]]);
    expect(statements.map((s) => [s.speaker.name, s.verb])).toEqual([['Kremlin', 'denied']]);
  });
});
