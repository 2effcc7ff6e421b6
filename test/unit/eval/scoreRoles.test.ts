import { describe, expect, it } from 'vitest';
import { matchNamed } from '../../../api/src/eval/scoreEntities';
import { scoreRoles } from '../../../api/src/eval/scoreRoles';
import type { GoldRecord } from '../../../api/src/eval/types';
import type { ExtractionResult, PersonFact, RoleFact } from '../../../api/src/extract/types';
import { country, makeGold, makePrediction, organization } from '../../_utils/evalFixtures';

const personFact = (name: string, roles: RoleFact[]): PersonFact => ({ id: `person:${name}`, name, aliases: [], roles, mentions: [] });
const role = (title: string, of: RoleFact['of']): RoleFact => ({ title, of, span: null });

function score(prediction: ExtractionResult, gold: GoldRecord) {
  return scoreRoles(prediction, gold, matchNamed(prediction.persons, gold.persons).pairs);
}

const gold = makeGold({
  countries: ['Russia'],
  organizations: [{ name: 'Russian Foreign Ministry', aliases: ['the ministry'] }],
  persons: [
    { name: 'Sergey Lavrov', aliases: [], roles: [{ title: 'Foreign Minister', of: 'Russia' }] },
    { name: 'Maria Zakharova', aliases: [], roles: [{ title: 'spokeswoman', of: 'Russian Foreign Ministry' }] },
    { name: 'Jens Ek', aliases: [], roles: [{ title: 'adviser', of: null }] },
  ],
});

describe('scoreRoles', () => {
  it('matches title overlap and holder: country by ISO code, organisation by name or alias, null with null', () => {
    const prediction = makePrediction({
      persons: [
        personFact('Sergey Lavrov', [role('foreign minister', country('RUS', 'Russia'))]),
        personFact('Maria Zakharova', [role('Spokeswoman', organization('org:mfa-rus', 'the Ministry'))]),
        personFact('Jens Ek', [role('senior adviser', null)]),
      ],
    });
    expect(score(prediction, gold)).toEqual({ counts: { tp: 3, fp: 0, fn: 0 }, misses: [], falsePositives: [] });
  });

  it('rejects a wrong holder, a foreign title, and counts roles of unmatched persons', () => {
    const prediction = makePrediction({
      persons: [
        personFact('Sergey Lavrov', [role('Foreign Minister', country('VEN', 'Venezuela'))]),
        personFact('Maria Zakharova', [role('Deputy Prime Minister', organization('org:mfa-rus', 'Russian Foreign Ministry'))]),
        personFact('Somebody Else', [role('adviser', null)]),
      ],
    });
    expect(score(prediction, gold)).toEqual({
      counts: { tp: 0, fp: 3, fn: 3 },
      misses: ['Sergey Lavrov: Foreign Minister of Russia', 'Maria Zakharova: spokeswoman of Russian Foreign Ministry', 'Jens Ek: adviser'],
      falsePositives: [
        'Sergey Lavrov: Foreign Minister of Venezuela',
        'Maria Zakharova: Deputy Prime Minister of Russian Foreign Ministry',
        'Somebody Else: adviser',
      ],
    });
  });

  it('does not let an organisation stand for a country holder', () => {
    const prediction = makePrediction({ persons: [personFact('Sergey Lavrov', [role('Foreign Minister', organization('org:mfa', 'Russian Foreign Ministry'))])] });
    expect(score(prediction, gold).counts.tp).toBe(0);
  });
});
