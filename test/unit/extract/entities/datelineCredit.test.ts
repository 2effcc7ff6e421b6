import { describe, expect, it } from 'vitest';
import { isDatelineCredit } from '../../../../api/src/extract/entities/datelineCredit';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

describe('datelineCredit', () => {
  it('never reads the agency credit of an opening dateline as a person', () => {
    const r = extractEntitiesFromText('NAIROBI, March 3 (Savanna Desk) - Foreign Minister Musalia Mudavadi said Kenya would send troops.');
    expect(r.persons.map((p) => p.name)).toEqual(['Musalia Mudavadi']);
  });

  it('accepts day-first dates and a country after the city, and nothing outside the dateline', () => {
    const body = 'LIMA, Peru, 4 May 2026 (Andes Wire) - Talks opened. Later (Ana Ruiz) spoke.';
    expect(isDatelineCredit(body, body.indexOf('Andes'), body.indexOf('Wire') + 4)).toBe(true);
    expect(isDatelineCredit(body, body.indexOf('Ana'), body.indexOf('Ruiz') + 4)).toBe(false);
  });
});
