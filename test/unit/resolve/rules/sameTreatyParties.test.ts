import { describe, expect, it } from 'vitest';
import { chooseTreatyTarget, mayNameSameTreaty, treatyWords, type TreatyCandidate } from '../../../../api/src/resolve/rules/sameTreatyParties';

const CHL_NOR = ['country:CHL', 'country:NOR'];
const treaty = (name: string, parties: readonly string[] = CHL_NOR, mentions = 1, stored = false): TreatyCandidate => ({
  id: `treaty:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
  name,
  parties,
  mentions,
  stored,
});

describe('treatyWords', () => {
  it('sets aside the party names and demonyms, fillers and the duration, and lists the instrument words', () => {
    expect(treatyWords('Chile–Norway fifteen-year fisheries cooperation treaty', CHL_NOR)).toEqual({
      content: ['cooperation', 'fisheries', 'treaty'],
      instruments: ['treaty'],
      duration: 'fifteen-year',
    });
    expect(treatyWords('the 25-year treaty between Chile and Norway', CHL_NOR)).toEqual({ content: ['treaty'], instruments: ['treaty'], duration: '25-year' });
    expect(treatyWords('Chilean–Norwegian salmon accord', CHL_NOR)).toEqual({ content: ['accord', 'salmon'], instruments: ['accord'], duration: null });
    expect(treatyWords('South Korea–Saudi Arabia memorandum', ['country:KOR', 'country:SAU']).content).toEqual(['memorandum']);
  });
});

describe('mayNameSameTreaty', () => {
  const long = treaty('Chile–Norway fisheries cooperation treaty');

  it('a shorter name of the same parties whose words are all in the longer one may name it', () => {
    expect(mayNameSameTreaty(treaty('Chile–Norway cooperation treaty'), long)).toBe(true);
    expect(mayNameSameTreaty(treaty('Chile–Norway treaty'), long)).toBe(true);
    expect(mayNameSameTreaty(treaty('Chile–Norway ten-year fisheries cooperation treaty'), long)).toBe(true);
    // A name without an instrument word may name any instrument that holds its words.
    expect(mayNameSameTreaty(treaty('Chile–Norway fisheries cooperation'), long)).toBe(true);
  });

  it('never across different parties, an empty party list, a word the longer name lacks, or the other way round', () => {
    expect(mayNameSameTreaty(treaty('Chile–Peru treaty', ['country:CHL', 'country:PER']), long)).toBe(false);
    expect(mayNameSameTreaty(treaty('Chile treaty', ['country:CHL']), long)).toBe(false);
    expect(mayNameSameTreaty(treaty('fisheries treaty', []), treaty('fisheries cooperation treaty', []))).toBe(false);
    expect(mayNameSameTreaty(treaty('Chile–Norway whaling treaty'), long)).toBe(false);
    expect(mayNameSameTreaty(long, treaty('Chile–Norway treaty'))).toBe(false);
    expect(mayNameSameTreaty(treaty('Chile–Norway'), long)).toBe(false);
  });

  it('never across instrument kinds: agreement, treaty, protocol and memorandum are different documents', () => {
    expect(mayNameSameTreaty(treaty('Chile–Norway agreement'), long)).toBe(false);
    expect(mayNameSameTreaty(treaty('Chile–Norway fisheries protocol'), long)).toBe(false);
    expect(mayNameSameTreaty(treaty('Chile–Norway treaty'), treaty('Chile–Norway protocol to the fisheries treaty'))).toBe(false);
    expect(mayNameSameTreaty(treaty('Chile–Norway memorandum'), treaty('Chile–Norway fisheries agreement'))).toBe(false);
  });

  it('never across two different durations', () => {
    expect(mayNameSameTreaty(treaty('Chile–Norway ten-year treaty'), treaty('Chile–Norway 20-year fisheries treaty'))).toBe(false);
  });
});

describe('chooseTreatyTarget', () => {
  it('joins the one longest treaty its words fit, through the shorter ones on the way, and names it by its most mentioned writing', () => {
    const main = treaty('Chile–Norway fisheries cooperation treaty', CHL_NOR, 9);
    const withDuration = treaty('Chile–Norway ten-year fisheries cooperation treaty', CHL_NOR, 2);
    const middle = treaty('Chile–Norway cooperation treaty');
    const bare = treaty('Chile–Norway treaty');
    const all = [bare, middle, withDuration, main];
    expect(chooseTreatyTarget(bare, all)).toBe(main.id);
    expect(chooseTreatyTarget(middle, all)).toBe(main.id);
    expect(chooseTreatyTarget(withDuration, all)).toBe(main.id);
    expect(chooseTreatyTarget(main, all)).toBe(main.id);
  });

  it('an equally worded stored treaty keeps its id over a more mentioned batch name', () => {
    const stored = treaty('Chile–Norway fisheries treaty', CHL_NOR, 1, true);
    const batch = treaty('Chile–Norway ten-year fisheries treaty', CHL_NOR, 5);
    expect(chooseTreatyTarget(batch, [stored, batch])).toBe(stored.id);
  });

  it('no merge when two treaties of the parties could take it; none that can leaves it itself', () => {
    const bare = treaty('Chile–Norway treaty');
    const fisheries = treaty('Chile–Norway fisheries treaty', CHL_NOR, 5, true);
    const defence = treaty('Chile–Norway defence treaty', CHL_NOR, 5, true);
    expect(chooseTreatyTarget(bare, [fisheries, defence, bare])).toBeNull();
    const agreement = treaty('Chile–Norway agreement');
    expect(chooseTreatyTarget(agreement, [fisheries, defence])).toBe(agreement.id);
    // The agreement of the parties is another kind of document: the bare treaty still has one place to go.
    expect(chooseTreatyTarget(bare, [fisheries, treaty('Chile–Norway trade agreement', CHL_NOR, 4, true)])).toBe(fisheries.id);
  });

  it('stays itself when it is the longest of its kind', () => {
    const only = treaty('Chile–Norway fisheries treaty');
    expect(chooseTreatyTarget(only, [only, treaty('Chile–Norway treaty')])).toBe(only.id);
  });
});
