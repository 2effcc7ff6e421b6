import { describe, expect, it } from 'vitest';
import { SURNAME_EVIDENCE } from '../../../../api/src/resolve/rules/index';
import { SALIENCE_MIN, SALIENCE_RATIO } from '../../../../api/src/resolve/rules/salience';
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
});
