import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const treatiesOf = (text: string) => extractEntitiesFromText(text).treaties.map((t) => t.name);

describe('named treaties without a treaty verb', () => {
  it('finds capitalised document names however the sentence talks about them', () => {
    expect(treatiesOf('Critics say the Treaty of Rarotonga is outdated. The Dayton Accords still shape the region, and the Minsk Protocol is often cited.')).toEqual([
      'Treaty of Rarotonga',
      'Dayton Accords',
      'Minsk Protocol',
    ]);
  });

  it('cuts a list of documents into its names', () => {
    expect(treatiesOf('Delegates compared the Montreal Protocol and the Kyoto Protocol, the Ottawa Convention and the Geneva Conventions.')).toEqual([
      'Montreal Protocol',
      'Kyoto Protocol',
      'Ottawa Convention',
      'Geneva Conventions',
    ]);
  });

  it('reads a code of conduct named after the waters it covers, but not a place after another document, nor a bare code', () => {
    expect(treatiesOf('Progress on the Code of Conduct in the Caribbean Sea was slow. The Paris Agreement in Madrid was debated. The bank revised its Code of Conduct.').sort()).toEqual([
      'Code of Conduct in the Caribbean Sea',
      'Paris Agreement',
    ]);
  });

  it('makes a description in apposition to a named document an alias of it', () => {
    const r = extractEntitiesFromText('Senators debated the Open Skies Treaty, the surveillance pact between Moscow and Washington, for hours.');
    expect(r.treaties.map((t) => [t.name, [...t.aliases]])).toEqual([['Open Skies Treaty', ['the surveillance pact']]]);
  });

  it('joins the apposition to a known document whose name the text spells longer', () => {
    const r = extractEntitiesFromText('Senators debated the New START Treaty, the last arms control pact between the two powers.');
    expect(r.treaties.map((t) => t.name)).toEqual(['New START']);
  });

  it('never makes a treaty of a generic "the deal" or "the agreement"', () => {
    expect(treatiesOf('The deal was criticised at home, and the agreement was called weak by the opposition.')).toEqual([]);
  });
});
