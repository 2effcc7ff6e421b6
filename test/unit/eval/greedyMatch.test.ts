import { describe, expect, it } from 'vitest';
import { greedyMatch } from '../../../api/src/eval/greedyMatch';
import { nameMatchStrength } from '../../../api/src/eval/matchNames';

describe('greedyMatch', () => {
  it('pairs one-to-one, strongest first, so a weak early pair cannot steal a strong one', () => {
    const preds = ['a', 'b'];
    const golds = ['A', 'B'];
    const scores: Record<string, number> = { aA: 1, aB: 3, bB: 2 };
    expect(greedyMatch(preds, golds, (p, g) => scores[p + g] ?? 0)).toEqual([{ pred: 0, gold: 1, score: 3 }]);
  });
  it('never matches a pair scored 0, and breaks ties by text order', () => {
    expect(greedyMatch(['x', 'x'], ['x'], () => 1)).toEqual([{ pred: 0, gold: 0, score: 1 }]);
    expect(greedyMatch(['x'], ['y'], () => 0)).toEqual([]);
  });
});

describe('nameMatchStrength', () => {
  const lavrov = { name: 'Sergey Lavrov', aliases: ['Lavrov', 'the head of Russian diplomacy'] };
  it('ranks the ways two entities can share a name', () => {
    expect(nameMatchStrength({ name: 'Sergey  Lavrov', aliases: [] }, lavrov)).toBe(4);
    expect(nameMatchStrength({ name: 'Lavrov', aliases: [] }, lavrov)).toBe(3);
    expect(nameMatchStrength({ name: 'S. Lavrov', aliases: ['Sergey Lavrov'] }, lavrov)).toBe(3);
    expect(nameMatchStrength({ name: 'Sergei V. Lavrov', aliases: ['The head of Russian diplomacy'] }, lavrov)).toBe(2);
    expect(nameMatchStrength({ name: 'Foreign Ministry of Russia', aliases: [] }, { name: 'Russia Foreign Ministry', aliases: [] })).toBe(1);
  });
  it('does not match different people with similar names', () => {
    expect(nameMatchStrength({ name: 'Sergei Ryabkov', aliases: ['Ryabkov'] }, lavrov)).toBe(0);
  });
});
