import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const treaties = (r: ReturnType<typeof extractEntitiesFromText>) => r.treaties.map((t) => [t.name, t.parties]);

describe('partiedCeasefires treaty pass', () => {
  it('keeps a truce between two named parties as a document with those parties', () => {
    const r = extractEntitiesFromText('The 60-day truce between the Rapid Support Forces and the Sudanese army ran out on Friday.');
    expect(treaties(r)).toEqual([['Rapid Support Forces–Sudanese army truce', ['org:rapid-support-forces', expect.stringMatching(/^org:/)]]]);
  });

  it('names a ceasefire between two countries after both', () => {
    const r = extractEntitiesFromText('Monitors said the ceasefire between Thailand and Cambodia held overnight.');
    expect(treaties(r)).toEqual([['Thailand–Cambodia ceasefire', ['country:THA', 'country:KHM']]]);
  });

  it('makes no document of a truce without two stated parties', () => {
    const r = extractEntitiesFromText('A truce would help, analysts said. The truce between rival clans in the north is fragile.');
    expect(r.treaties).toEqual([]);
  });
});

describe('ledCoalitions rule', () => {
  it('reads "the <X>-led coalition" as a body and links "the coalition" back to it', () => {
    const r = extractEntitiesFromText('The Saudi-led coalition struck the port on Monday. The coalition said the strikes were precise.');
    expect(r.organizations.map((o) => [o.name, o.mentions.length])).toEqual([['Saudi-led coalition', 2]]);
  });

  it('needs a capitalised leader before "-led"', () => {
    const r = extractEntitiesFromText('A women-led coalition of farmers protested. The coalition dispersed.');
    expect(r.organizations).toEqual([]);
  });
});
