import { describe, expect, it } from 'vitest';
import { matchNamed, scoreCountries, scoreTreaties } from '../../../api/src/eval/scoreEntities';
import type { CountryFact, TreatyFact } from '../../../api/src/extract/types';
import { makeGold } from '../../_utils/evalFixtures';

const countryFact = (iso3: string, name: string): CountryFact => ({ id: `country:${iso3}`, name, iso3, mentions: [] });
const treatyFact = (name: string, parties: string[], aliases: string[] = []): TreatyFact => ({
  id: 'treaty:x',
  name,
  aliases,
  parties,
  signedAt: null,
  status: null,
  mentions: [],
});

describe('matchNamed (persons and organisations)', () => {
  it('counts matches by name, alias or content tokens, and lists misses and false positives', () => {
    const preds = [
      { name: 'Nicolas Maduro', aliases: [] },
      { name: 'Ryabkov', aliases: [] },
      { name: 'Maria Zakharova', aliases: [] },
    ];
    const golds = [
      { name: 'Nicolás Maduro', aliases: ['Maduro'] },
      { name: 'Sergei Ryabkov', aliases: ['Ryabkov'] },
      { name: 'Vladimir Putin', aliases: [] },
    ];
    expect(matchNamed(preds, golds).result).toEqual({
      counts: { tp: 2, fp: 1, fn: 1 },
      misses: ['Vladimir Putin'],
      falsePositives: ['Maria Zakharova'],
    });
  });
  it('matches one-to-one: two predictions of one person give one true positive and one false positive', () => {
    const { result } = matchNamed([{ name: 'Lavrov', aliases: [] }, { name: 'Sergey Lavrov', aliases: [] }], [{ name: 'Sergey Lavrov', aliases: ['Lavrov'] }]);
    expect(result).toEqual({ counts: { tp: 1, fp: 1, fn: 0 }, misses: [], falsePositives: ['Lavrov'] });
  });
});

describe('scoreCountries', () => {
  it('compares ISO codes, resolving gold short forms, Kosovo and the Soviet Union', () => {
    const gold = makeGold({ countries: ['United States', 'Kosovo', 'Soviet Union', 'Turkey'] });
    const preds = [countryFact('USA', 'United States'), countryFact('XKX', 'Kosovo'), countryFact('SUN', 'USSR'), countryFact('GRC', 'Greece')];
    expect(scoreCountries(preds, gold)).toEqual({
      counts: { tp: 3, fp: 1, fn: 1 },
      misses: ['Turkey (TUR)'],
      falsePositives: ['Greece (GRC)'],
    });
  });
  it('counts a country predicted twice once', () => {
    expect(scoreCountries([countryFact('USA', 'US'), countryFact('USA', 'United States')], makeGold({ countries: ['U.S.'] })).counts).toEqual({
      tp: 1,
      fp: 0,
      fn: 0,
    });
  });
});

describe('scoreTreaties', () => {
  const gold = {
    name: 'Strategic partnership treaty between Russia and Venezuela',
    aliases: ['the treaty'],
    parties: ['Russia', 'Venezuela'],
    status: null,
    date: null,
  };
  it('matches on half the content tokens, country words aside, when the parties overlap', () => {
    expect(scoreTreaties([treatyFact('Russia–Venezuela strategic partnership treaty', ['country:RUS', 'country:VEN'])], [gold]).counts).toEqual({
      tp: 1,
      fp: 0,
      fn: 0,
    });
  });
  it('accepts a side without parties, but not disjoint parties', () => {
    expect(scoreTreaties([treatyFact('Strategic partnership treaty', [])], [gold]).counts.tp).toBe(1);
    expect(scoreTreaties([treatyFact('Strategic partnership treaty', ['country:FRA', 'country:DEU'])], [gold]).counts).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('matches on an alias whatever the parties', () => {
    expect(scoreTreaties([treatyFact('Other name', ['country:FRA'], ['The treaty'])], [gold]).counts.tp).toBe(1);
  });
  it('does not match names sharing too few tokens', () => {
    expect(scoreTreaties([treatyFact('Russia–Venezuela military cooperation agreement', [])], [gold]).counts.tp).toBe(0);
  });
  it('names an organisation party through the predicted organisations', () => {
    const accord = { name: 'Ceasefire accord', aliases: [], parties: ['Rapid Support Forces'], status: null, date: null };
    const rsf = { id: 'org:rsf', name: 'Rapid Support Forces', aliases: ['RSF'], country: null, mentions: [] };
    expect(scoreTreaties([treatyFact('Jeddah ceasefire accord', ['org:rsf'])], [accord], [rsf]).counts.tp).toBe(1);
    expect(scoreTreaties([treatyFact('Jeddah ceasefire accord', ['org:rsf'])], [accord], []).counts.tp).toBe(0);
  });
  it('compares organisation parties by name', () => {
    const farc = { name: 'Revised peace accord', aliases: [], parties: ['Colombia', 'Revolutionary Armed Forces of Colombia'], status: null, date: null };
    expect(scoreTreaties([treatyFact('Revised peace accord text', ['org:revolutionary-armed-forces-of-colombia'])], [farc]).counts.tp).toBe(1);
  });
});
