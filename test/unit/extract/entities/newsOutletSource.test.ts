import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const outlets = (text: string) => extractEntitiesFromText(text).organizations.map((o) => o.name);

describe('news outlets count only as sources', () => {
  it('keeps an outlet that reports, or follows "according to"', () => {
    expect(outlets('The border will reopen on Monday, Interfax reported.')).toEqual(['Interfax']);
    expect(outlets('According to the state news agency Xinhua, the visit was postponed.')).toEqual(['Xinhua']);
    expect(outlets('Kyodo, the Japanese news agency, said the talks stalled.')).toEqual(['Kyodo']);
  });

  it('drops an outlet that is only a recipient, an interviewer or a credit', () => {
    expect(outlets('The envoy told the state news agency TASS that nothing had changed.')).toEqual([]);
    expect(outlets('She said in an interview with Yonhap that the plant would open.')).toEqual([]);
    expect(outlets('QUITO (AFP) - The minister said talks would resume.')).toEqual([]);
  });
});

describe('broadcasters and newspapers in the gazetteer', () => {
  it('count only as sources', () => {
    expect(outlets('Both delegations left early, Al Jazeera reported.')).toEqual(['Al Jazeera']);
    expect(outlets('The envoy told the BBC that the talks had failed.')).toEqual([]);
  });
});
