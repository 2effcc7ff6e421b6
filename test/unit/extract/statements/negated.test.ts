import { describe, expect, it } from 'vitest';
import { country, org, statementsOf } from '../../../_utils/statements';

const kenya = country('Kenya', 'KEN');
const ministry = org('Ministry of Foreign Affairs of Sudan');

describe('negated', () => {
  it('gives no statement to a negated verb and leaves the quotation to the other speaker', () => {
    const body = 'Kenya has not commented, while Sudan\'s foreign ministry said "the border crossing will stay open."';
    const { statements } = statementsOf(body, [['Kenya', kenya], ["Sudan's foreign ministry", ministry]]);
    expect(statements.map((s) => [s.speaker.name, s.verb, s.quote])).toEqual([['Ministry of Foreign Affairs of Sudan', 'said', 'the border crossing will stay open.']]);
  });

  it('drops a negated verb with no clause of its own', () => {
    const body = 'Kenya did not respond to requests for comment on the new tariffs.';
    expect(statementsOf(body, [['Kenya', kenya]]).statements).toEqual([]);
  });

  it('drops a refusal to comment and leaves the quotation to the other speaker', () => {
    const body = 'Kenya refused to comment, while Sudan\'s foreign ministry said "the crossing stays open."';
    const { statements } = statementsOf(body, [['Kenya', kenya], ["Sudan's foreign ministry", ministry]]);
    expect(statements.map((s) => [s.speaker.name, s.verb, s.quote])).toEqual([['Ministry of Foreign Affairs of Sudan', 'said', 'the crossing stays open.']]);
  });

  it('keeps a negated verb that reports a clause', () => {
    const body = 'Kenya has not denied that its troops crossed the border.';
    const { statements } = statementsOf(body, [['Kenya', kenya]]);
    expect(statements.map((s) => [s.speaker.name, s.verb, s.category.code])).toEqual([['Kenya', 'denied', '01']]);
  });
});
