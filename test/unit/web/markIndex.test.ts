import { describe, expect, it } from 'vitest';
import { buildMarkIndex, lowerBound, nearestMark } from '../../../web/src/timeline/markIndex';

// Marks on days 0, 10, 10 and 30 (time in days, 10 px a day), at tones 0, 5, −5 and 0 (y = −tone × 4 px).
const index = buildMarkIndex([
  { time: 0, tone: 0 },
  { time: 10, tone: 5 },
  { time: 10, tone: -5 },
  { time: 30, tone: 0 },
]);
const x = (t: number) => t * 10;
const invertX = (px: number) => px / 10;
const y = (tone: number) => -tone * 4;

describe('hit-testing canvas marks', () => {
  it('finds the first mark at or after a time', () => {
    expect(lowerBound(index.times, -1)).toBe(0);
    expect(lowerBound(index.times, 10)).toBe(1);
    expect(lowerBound(index.times, 11)).toBe(3);
    expect(lowerBound(index.times, 31)).toBe(4);
  });

  it('picks the nearest mark within the radius, on both axes, and none beyond it', () => {
    expect(nearestMark(index, 101, -19, 6, x, invertX, y)).toBe(1);
    expect(nearestMark(index, 99, 21, 6, x, invertX, y)).toBe(2);
    expect(nearestMark(index, 300, 3, 6, x, invertX, y)).toBe(3);
    // Between the two marks of day 10 (20 px from each): nothing.
    expect(nearestMark(index, 100, 0, 6, x, invertX, y)).toBe(-1);
    expect(nearestMark(index, 200, 0, 6, x, invertX, y)).toBe(-1);
  });
});
