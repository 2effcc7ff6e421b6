import { describe, expect, it } from 'vitest';
import { orderHops } from '../../../web/src/panels/pathPanel';
import { edgeWidth, nodeSize } from '../../../web/src/graph/elementData';
import { formatTone, toneWord } from '../../../web/src/graph/kinds';

const e = (id: string, source: string, target: string) => ({ id, source, target, type: 'HOLDS_ROLE' as const, label: '', weight: 1, count: 1, tone: null, firstSeen: null, lastSeen: null, evidence: [] });

describe('orderHops', () => {
  it('orders a path’s edges from one end to the other, whatever their direction', () => {
    const hops = orderHops({ edges: [e('2', 'c', 'b'), e('1', 'a', 'b'), e('3', 'c', 'd')] }, 'a', 'd');
    expect(hops.map((h) => [h.edge.id, h.from, h.to])).toEqual([
      ['1', 'a', 'b'],
      ['2', 'b', 'c'],
      ['3', 'c', 'd'],
    ]);
    expect(orderHops({ edges: [e('1', 'a', 'b')] }, 'a', 'z')).toEqual([]);
  });
});

describe('looks', () => {
  it('sizes nodes and edges logarithmically within bounds', () => {
    expect([nodeSize(0), nodeSize(1), nodeSize(100), nodeSize(1e9)]).toEqual([16, 22, 56, 56]);
    expect([edgeWidth(0), edgeWidth(1), edgeWidth(1e9)]).toEqual([1.2, 2.8, 9]);
  });

  it('names tones in words and signs', () => {
    expect([-5, -1, 0, 1, 5].map(toneWord)).toEqual(['hostile', 'cool', 'neutral', 'warm', 'cooperative']);
    expect(toneWord(null)).toBe('no tone');
    expect([formatTone(-4.24), formatTone(0), formatTone(2)]).toEqual(['−4.2', '0.0', '+2.0']);
  });
});
