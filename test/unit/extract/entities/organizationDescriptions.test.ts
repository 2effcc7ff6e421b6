import { describe, expect, it } from 'vitest';
import { extractEntitiesFromText } from '../../../_utils/extractEntitiesFromText';

const descriptions = (r: ReturnType<typeof extractEntitiesFromText>) => r.mentions.filter((m) => m.form === 'description' && m.ref.kind === 'Organization').map((m) => `${m.text}=${m.ref.name}`);

describe('organizationDescriptions rule', () => {
  it('links "the alliance" and "the bloc" to the last international body named', () => {
    const r = extractEntitiesFromText('NATO ministers met. The alliance said Chile could observe. Later the EU spoke, and the bloc disagreed.');
    expect(descriptions(r)).toEqual(['The alliance=NATO', 'the bloc=European Union']);
  });

  it('leaves descriptions alone when no international body came before, or inside a name', () => {
    expect(descriptions(extractEntitiesFromText('The bloc met. The African Union replied.'))).toEqual([]);
  });
});
