import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

describe('organisation names stop before a date', () => {
  it('does not swallow "on <weekday>" or "in <month>" into a capitalised body name', () => {
    const r = extractEntitiesFromText('The House Armed Services Committee on Tuesday backed the bill. The Pacific Trade Council in March had asked for it.');
    expect(r.organizations.map((o) => o.name).sort()).toEqual(['House Armed Services Committee', 'Pacific Trade Council']);
  });

  it('still joins a connector followed by a name word', () => {
    const r = extractEntitiesFromText('The Council on Foreign Relations published a report.');
    expect(r.organizations.map((o) => o.name)).toEqual(['Council on Foreign Relations']);
  });

  it('reads a known body after a dateline and "The" as that body, not a new one', () => {
    const r = extractEntitiesFromText('GENEVA, May 4 — The European Union on Thursday imposed new sanctions.');
    expect(r.organizations.map((o) => o.name)).toEqual(['European Union']);
  });
});
