import { describe, expect, it } from 'vitest';
import { SURNAME_EVIDENCE } from '../../../../api/src/resolve/rules/index';
import { pointsElsewhere, SALIENCE_MIN, SALIENCE_RATIO } from '../../../../api/src/resolve/rules/salience';
import { chooseBySurname } from '../../../../api/src/resolve/rules/surnameOnly';
import { novakMention as mention } from '../../../_utils/surnameMention';

const greta = (namedInFull: number) => ({ id: 'person:greta-novak', name: 'Greta Novak', namedInFull });
const ivo = (namedInFull: number) => ({ id: 'person:ivo-novak', name: 'Ivo Novak', namedInFull });

describe('salience prior for surname-only mentions', () => {
  it('links a surname the evidence cannot place to the far more often named candidate, in any candidate order', () => {
    const many = SALIENCE_MIN * SALIENCE_RATIO;
    expect(chooseBySurname(mention(), [greta(many), ivo(SALIENCE_MIN)], SURNAME_EVIDENCE)).toBe('person:greta-novak');
    expect(chooseBySurname(mention(), [ivo(SALIENCE_MIN), greta(many)], SURNAME_EVIDENCE)).toBe('person:greta-novak');
  });

  it('passes when the more often named one is not named often enough, or not by far', () => {
    expect(chooseBySurname(mention(), [greta(SALIENCE_MIN - 1), ivo(0)], SURNAME_EVIDENCE)).toBeNull();
    expect(chooseBySurname(mention(), [greta(SALIENCE_MIN * SALIENCE_RATIO - 1), ivo(SALIENCE_MIN)], SURNAME_EVIDENCE)).toBeNull();
  });

  it('never overrides evidence for the other candidate', () => {
    const withChile = { ...ivo(1), roles: [{ titleKey: 'defence minister', target: 'country:CHL' }] };
    const chile = mention({ mentioned: ['country:CHL'] });
    expect(chooseBySurname(chile, [greta(1000), withChile], SURNAME_EVIDENCE)).toBe('person:ivo-novak');
  });

  it('does not decide when the article mentions the country another candidate serves and none the salient one does', () => {
    const many = SALIENCE_MIN * SALIENCE_RATIO;
    // Greta mainly serves Poland (once given a United States title); Ivo serves Chile. The article gives "Novak" a United States
    // title and mentions Chile: the evidence (0 for Greta, -4 + 2 for Ivo) decides nothing, and the prior alone would pick Greta.
    const polish = { ...greta(many), roles: [{ titleKey: 'foreign minister', target: 'country:POL', articles: many }, { titleKey: 'secretary of state', target: 'country:USA', articles: 2 }] };
    const chilean = { ...ivo(SALIENCE_MIN), roles: [{ titleKey: 'defence minister', target: 'country:CHL', articles: SALIENCE_MIN }] };
    const aboutChile = mention({ targets: ['country:USA'], mentioned: ['country:CHL', 'country:USA'] });
    expect(pointsElsewhere(aboutChile, polish.id, [polish, chilean])).toBe(true);
    expect(chooseBySurname(aboutChile, [polish, chilean], SURNAME_EVIDENCE)).toBeNull();
    const aboutBoth = mention({ targets: ['country:USA'], mentioned: ['country:CHL', 'country:POL', 'country:USA'] });
    expect(pointsElsewhere(aboutBoth, polish.id, [polish, chilean])).toBe(false);
    expect(chooseBySurname(mention({ targets: ['country:USA'], mentioned: ['country:USA'] }), [polish, chilean], SURNAME_EVIDENCE)).toBe(polish.id);
    expect(pointsElsewhere(mention({ mentioned: ['country:USA'] }), polish.id, [polish, chilean])).toBe(false);
  });
});
