import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const names = (text: string, publishedAt?: string) => extractEntitiesFromText(text, publishedAt).treaties.map((t) => ({ name: t.name, parties: t.parties }));

describe('treaty name variants and topic words', () => {
  it('merges a short variant that shares a distinguishing word, not one that shares only the head and a capital', () => {
    const text = 'Leaders adopted the Lima G7 Leaders Declaration on Sunday. Officials called the G7 Declaration a compromise. '
      + 'Separately, Chile and Peru signed the Lima Declaration on fisheries.';
    expect(names(text)).toEqual([
      { name: 'Lima G7 Leaders Declaration', parties: [] },
      { name: 'Lima Declaration', parties: ['country:CHL', 'country:PER'] },
    ]);
  });

  it('reads a numbered plan ("a seven-point agreement") as a topic word', () => {
    expect(names('Chile and Peru signed a seven-point agreement in Lima.')).toEqual([{ name: 'Chile–Peru seven-point agreement', parties: ['country:CHL', 'country:PER'] }]);
  });

  it('reads a capitalised modifier that names no known entity as a named topic, and a country modifier as none', () => {
    const r = extractEntitiesFromText("Norway's Svalbard fisheries deal with Russia was extended on Monday. Officials said Norway's deal was fair.");
    expect(r.treaties.map((t) => ({ name: t.name, parties: t.parties, aliases: t.aliases }))).toEqual([
      { name: 'Norway–Russia svalbard fisheries deal', parties: ['country:NOR', 'country:RUS'], aliases: ['svalbard fisheries deal', "Norway's Svalbard fisheries deal", "Norway's deal"] },
    ]);
  });

  it('runs a quoted title after the head to its closing mark, and keeps a quoted declaration of another pair apart', () => {
    const r = extractEntitiesFromText('Chile and Peru signed a treaty of “peace, trade and lasting friendship.” Later, Bolivia signed a “declaration of peace” with Peru.');
    expect(r.treaties.map((t) => ({ name: t.name, parties: t.parties, aliases: t.aliases }))).toEqual([
      { name: 'Chile–Peru treaty of peace, trade and lasting friendship', parties: ['country:CHL', 'country:PER'], aliases: ['treaty of peace, trade and lasting friendship', 'a treaty of “peace, trade and lasting friendship'] },
      { name: 'Bolivia–Peru declaration of peace', parties: ['country:BOL', 'country:PER'], aliases: ['declaration of peace', 'a “declaration of peace'] },
    ]);
  });
});
