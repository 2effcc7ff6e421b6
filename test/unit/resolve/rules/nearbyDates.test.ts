import { describe, expect, it } from 'vitest';
import { nearbyDates } from '../../../../api/src/resolve/rules/nearbyDates';
import { novakMention } from '../../../_utils/surnameMention';

const inOffice = { id: 'person:greta-novak', name: 'Greta Novak', firstSeen: '2020-03-01', lastSeen: '2021-06-30' };

describe('nearbyDates', () => {
  it('scores an article within a year of the candidate’s known time in office', () => {
    expect(nearbyDates.score(novakMention({ publishedAt: '2020-09-15' }), inOffice)).toBe(1);
    expect(nearbyDates.score(novakMention({ publishedAt: '2019-04-01' }), inOffice)).toBe(1);
    expect(nearbyDates.score(novakMention({ publishedAt: '2022-06-29' }), inOffice)).toBe(1);
  });

  it('says nothing far from it, or when a date is unknown', () => {
    expect(nearbyDates.score(novakMention({ publishedAt: '2023-01-01' }), inOffice)).toBe(0);
    expect(nearbyDates.score(novakMention({ publishedAt: '2018-12-31' }), inOffice)).toBe(0);
    expect(nearbyDates.score(novakMention({ publishedAt: null }), inOffice)).toBe(0);
    expect(nearbyDates.score(novakMention(), { id: 'person:ivo-novak', name: 'Ivo Novak' })).toBe(0);
  });
});
